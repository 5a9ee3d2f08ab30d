import { deleteAccountTokensExpiredBefore } from '../auth/account-token-queries.js';
import { deleteSessionsExpiredBefore } from '../auth/session-queries.js';
import type { Db } from '../db/database.js';
import { deleteIdempotencyKeysCreatedBefore } from '../modules/provisioning/idempotency/queries.js';
import { IDEMPOTENCY_KEY_HOURS } from '../modules/provisioning/idempotency/idempotent-posts.js';

/** Expired rows stay this long before they go, so a "this link has expired" answer is still possible meanwhile. */
export const EXPIRED_RETENTION_MS = 7 * 86_400_000;

/**
 * Deletes single-use tokens and sessions that expired more than a week ago. Expired rows can
 * never be used again (every lookup checks `expires_at`), so nothing but clutter goes.
 */
export async function purgeExpiredRecords(
  db: Db,
  now: Date,
): Promise<{ accountTokens: number; sessions: number; idempotencyKeys: number }> {
  const before = new Date(now.getTime() - EXPIRED_RETENTION_MS).toISOString();
  const keysBefore = new Date(now.getTime() - IDEMPOTENCY_KEY_HOURS * 3_600_000).toISOString();
  return {
    accountTokens: await deleteAccountTokensExpiredBefore(db, before),
    sessions: await deleteSessionsExpiredBefore(db, before),
    idempotencyKeys: await deleteIdempotencyKeysCreatedBefore(db, keysBefore),
  };
}
