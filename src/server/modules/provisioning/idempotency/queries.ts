import type { Db } from '../../../db/database.js';
import { isUniqueViolation } from '../../../db/unique-violation.js';

export interface KeyRef {
  tokenId: number;
  key: string;
}

/** Claims the key for a request; false when the token already used it. */
export async function claimIdempotencyKey(
  db: Db,
  ref: KeyRef,
  values: { fingerprint: string; now: string },
): Promise<boolean> {
  try {
    await db
      .insertInto('idempotency_keys')
      .values({
        token_id: ref.tokenId,
        idempotency_key: ref.key,
        fingerprint: values.fingerprint,
        created_at: values.now,
      })
      .execute();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export function findIdempotencyKey(db: Db, ref: KeyRef) {
  return db
    .selectFrom('idempotency_keys')
    .select(['fingerprint', 'status', 'response_body', 'created_at'])
    .where('token_id', '=', ref.tokenId)
    .where('idempotency_key', '=', ref.key)
    .executeTakeFirst();
}

export async function recordIdempotentAnswer(
  db: Db,
  ref: KeyRef,
  answer: { status: number; body: string },
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ status: answer.status, response_body: answer.body })
    .where('token_id', '=', ref.tokenId)
    .where('idempotency_key', '=', ref.key)
    .execute();
}

export async function releaseIdempotencyKey(db: Db, ref: KeyRef): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('token_id', '=', ref.tokenId)
    .where('idempotency_key', '=', ref.key)
    .execute();
}

export async function deleteIdempotencyKeysCreatedBefore(db: Db, before: string): Promise<number> {
  const result = await db
    .deleteFrom('idempotency_keys')
    .where('created_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
