/** Deliveries are retried for a day after their first attempt (docs/webhooks.md). */
export const RETRY_WINDOW_MS = 24 * 3_600_000;
const FIRST_RETRY_MS = 60_000;

/**
 * When to try again after `attempts` failed attempts, the last one at `now`: 1, 2, 4, 8 …
 * minutes later (exponential), never after the window's end, where one last attempt is made;
 * null once that last attempt has failed (the delivery is given up).
 */
export function nextAttemptAt(firstAttemptAt: Date, attempts: number, now: Date): Date | null {
  const windowEnd = firstAttemptAt.getTime() + RETRY_WINDOW_MS;
  if (now.getTime() >= windowEnd) return null;
  const next = now.getTime() + FIRST_RETRY_MS * 2 ** (attempts - 1);
  return new Date(Math.min(next, windowEnd));
}
