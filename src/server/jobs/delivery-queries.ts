import type { NotificationTopic } from '../../common/preferences.js';
import type { Db } from '../db/database.js';
import { recipientOf, type Recipient } from '../modules/notifications/notice.js';

/**
 * Claims the one delivery of a notice to a member. The unique index decides between
 * processes: only the insert that creates the row gets it back, every other one, concurrent
 * or later, does nothing. Runs in the transaction that writes the notification.
 */
export async function claimDelivery(
  trx: Db,
  claim: { topic: NotificationTopic; subjectId: number; userId: number; now: string },
): Promise<boolean> {
  const row = await trx
    .insertInto('notification_deliveries')
    .values({
      topic: claim.topic,
      subject_id: claim.subjectId,
      user_id: claim.userId,
      created_at: claim.now,
    })
    .onConflict((oc) => oc.columns(['topic', 'subject_id', 'user_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Forgets deliveries of a condition that no longer holds (seats freed, heartbeat back), so
 * that the next time it happens the members hear of it again.
 */
export async function rearmDeliveries(
  db: Db,
  topic: NotificationTopic,
  stillTrue: number[],
): Promise<void> {
  let query = db.deleteFrom('notification_deliveries').where('topic', '=', topic);
  if (stillTrue.length > 0) query = query.where('subject_id', 'not in', stillTrue);
  await query.execute();
}

export async function membersOf(db: Db, organizationId: number): Promise<Recipient[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.email', 'users.preferences'])
    .where('memberships.organization_id', '=', organizationId)
    .orderBy('users.id')
    .execute();
  return rows.map(recipientOf);
}
