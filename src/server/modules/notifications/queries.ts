import type { Db } from '../../db/database.js';
import type { NewRow } from '../../db/schema.js';
import type { Trx } from '../../db/transaction.js';

/** A member sees notifications about their account and about organizations they still belong to. */
function visibleTo(db: Db, userId: number) {
  return db
    .selectFrom('notifications')
    .leftJoin('organizations', 'organizations.id', 'notifications.organization_id')
    .where('notifications.user_id', '=', userId)
    .where((eb) =>
      eb.or([
        eb('notifications.organization_id', 'is', null),
        eb(
          'notifications.organization_id',
          'in',
          eb.selectFrom('memberships').select('organization_id').where('user_id', '=', userId),
        ),
      ]),
    );
}

export function latestNotifications(db: Db, userId: number, limit: number) {
  return visibleTo(db, userId)
    .select([
      'notifications.id',
      'notifications.topic',
      'notifications.title',
      'notifications.body',
      'notifications.link',
      'notifications.created_at',
      'notifications.read_at',
      'organizations.name as organization_name',
    ])
    .orderBy('notifications.created_at', 'desc')
    .orderBy('notifications.id', 'desc')
    .limit(limit)
    .execute();
}

export async function unreadCount(db: Db, userId: number): Promise<number> {
  const row = await visibleTo(db, userId)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('notifications.read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks the user's own notifications read: the listed ones, or all when no ids are given. */
export async function markRead(
  db: Db,
  userId: number,
  ids: number[] | undefined,
  now: string,
): Promise<void> {
  if (ids?.length === 0) return;
  let update = db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (ids) update = update.where('id', 'in', ids);
  await update.execute();
}

export function findRecipientRow(db: Db, userId: number) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'preferences'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** Notifications are written in the transaction of the change they report. */
export async function insertNotification(trx: Trx, values: NewRow<'notifications'>): Promise<void> {
  await trx.insertInto('notifications').values(values).execute();
}

/** The preferences of the account with this address, if there is one. */
export async function findPreferencesByEmail(db: Db, email: string) {
  const row = await db
    .selectFrom('users')
    .select('preferences')
    .where('email', '=', email)
    .executeTakeFirst();
  return row?.preferences;
}

/** The account an unsubscribe link names, if it still exists. */
export function findUnsubscribingUser(db: Db, userId: number) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'first_name', 'last_name', 'preferences'])
    .where('id', '=', userId)
    .executeTakeFirst();
}
