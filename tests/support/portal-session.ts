import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';

/** A signed-in portal session on a running server, over real HTTP (cookie and CSRF token). */
export async function signInOver(baseUrl: string, email: string) {
  const login = await fetch(`${baseUrl}/api/portal/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`Sign-in of ${email} failed: ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const session = await fetch(`${baseUrl}/api/portal/session`, { headers: { cookie } });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken };
  return {
    /** `base` picks another instance behind the same load balancer (the session is in the database). */
    get: (url: string, base = baseUrl) => fetch(`${base}${url}`, { headers }),
    post: (url: string, body: unknown = {}, base = baseUrl) =>
      fetch(`${base}${url}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
  };
}
