import { performance } from 'node:perf_hooks';

export interface AttemptOutcome {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

const USER_AGENT = 'CustomerPortal-Webhooks/1';

/** What went wrong with a request that got no answer, in words the vendor can act on. */
function failureOf(error: unknown, timeoutSeconds: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `no answer within ${timeoutSeconds} s (WEBHOOK_TIMEOUT_SECONDS)`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return `could not be sent: ${cause?.code ?? cause?.message ?? (error as Error).message}`;
}

/**
 * One attempt: POSTs the signed message and waits at most `timeoutSeconds` for the answer's
 * status. Any 2xx is a success; redirects are not followed (a receiver moved is a change of
 * the endpoint's URL). The answer's body is not read.
 */
export async function sendWebhook(request: {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutSeconds: number;
}): Promise<AttemptOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, ...request.headers },
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutSeconds * 1000),
    });
    await response.body?.cancel().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    return {
      ok,
      statusCode: response.status,
      durationMs: elapsed(),
      error: ok ? null : `the receiver answered ${response.status}`,
    };
  } catch (error) {
    return {
      ok: false,
      statusCode: null,
      durationMs: elapsed(),
      error: failureOf(error, request.timeoutSeconds),
    };
  }
}
