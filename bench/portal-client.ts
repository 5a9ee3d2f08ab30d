import { DEMO_PASSWORD } from '../src/server/demo/demo-data.js';

export interface PortalClient {
  /** The session cookie, for a client in another process. */
  cookie: string;
  get: (url: string) => Promise<Response>;
  post: (url: string, body: unknown) => Promise<Response>;
}

/** A member signed in over HTTP, with the session cookie and CSRF token on every request. */
export async function signInOverHttp(baseUrl: string, email: string): Promise<PortalClient> {
  const login = await fetch(`${baseUrl}/api/portal/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`sign-in answered ${login.status}: ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const session = (await (
    await fetch(`${baseUrl}/api/portal/session`, { headers: { cookie } })
  ).json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
  const checked = async (url: string, response: Response) => {
    if (!response.ok)
      throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
    return response;
  };
  return {
    cookie,
    get: async (url) => checked(url, await fetch(`${baseUrl}${url}`, { headers })),
    post: async (url, body) =>
      checked(
        url,
        await fetch(`${baseUrl}${url}`, { method: 'POST', headers, body: JSON.stringify(body) }),
      ),
  };
}
