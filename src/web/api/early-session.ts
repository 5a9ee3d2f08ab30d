// No imports: this module runs before the rest of the app's code is evaluated (start-early.ts).
let early: Promise<Response> | undefined;

/**
 * Sends the session request now, before the app has finished starting (decision 146); the
 * session query's first fetch takes its answer instead of asking again. Plain `fetch`: the
 * language header apiRequest adds is not known yet, and the browser's own goes instead.
 */
export function startSessionFetch(): void {
  early = fetch('/api/portal/session', {
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
