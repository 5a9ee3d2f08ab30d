import type { Db } from '../db/database.js';

/** Outboxes a background sender retries: each row has an id, a status and next_attempt_at. */
export type RetriedOutbox = 'mail_deliveries' | 'webhook_deliveries';

/**
 * Takes one due delivery for this sender: only the update that still finds it pending and due
 * at `dueAt` succeeds, so two senders never send it at once. While it is being sent it is due
 * again only at `until` (a sender that died leaves it to a later run).
 */
export async function claimDueDelivery(
  db: Db,
  outbox: RetriedOutbox,
  claim: { id: number; dueAt: string; until: string },
): Promise<boolean> {
  // Both tables have these columns alike; the cast only picks one for Kysely's types.
  const result = await db
    .updateTable(outbox as 'mail_deliveries')
    .set({ next_attempt_at: claim.until })
    .where('id', '=', claim.id)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '=', claim.dueAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
