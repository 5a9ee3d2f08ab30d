// No imports: this module runs before the rest of the app's code is evaluated (start-early.ts).
let early: Promise<Response> | undefined;

/** The id of the JSON block a signed-in member's index.html carries (src/server/http/web-app.ts). */
const SESSION_BLOCK_ID = 'portal-session';

/**
 * The session as the page brought it (decision 154): the server writes the session endpoint's
 * answer into a signed-in member's index.html, so the first page renders without that round
 * trip. Read once and removed, so a later session query always asks the server.
 */
function sessionInPage(): Promise<Response> | undefined {
  const block = document.getElementById(SESSION_BLOCK_ID);
  const json = block?.textContent;
  block?.remove();
  if (!json) return undefined;
  return Promise.resolve(
    new Response(json, { status: 200, headers: { 'content-type': 'application/json' } }),
  );
}

/**
 * Takes the session the page carries, or else sends the session request now, before the app
 * has finished starting (decision 146); the session query's first fetch takes its answer
 * instead of asking again. Plain `fetch`: the language header apiRequest adds is not known
 * yet, and the browser's own goes instead.
 */
export function startSessionFetch(): void {
  early =
    sessionInPage() ??
    fetch('/api/portal/session', {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    });
}

/** The early request's answer, once; undefined when there was none or it was taken already. */
export function takeEarlySession(): Promise<Response> | undefined {
  const response = early;
  early = undefined;
  return response;
}
