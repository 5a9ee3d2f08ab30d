import type { Db } from '../../../db/database.js';

export function findVendorContact(db: Db) {
  return db
    .selectFrom('vendor_contact')
    .select(['support_email', 'support_url', 'renewal_email', 'updated_at'])
    .where('id', '=', 1)
    .executeTakeFirst();
}

export async function saveVendorContact(
  db: Db,
  values: {
    support_email?: string | null;
    support_url?: string | null;
    renewal_email?: string | null;
  },
  now: string,
) {
  const current = await findVendorContact(db);
  const row = {
    support_email:
      values.support_email === undefined ? (current?.support_email ?? null) : values.support_email,
    support_url:
      values.support_url === undefined ? (current?.support_url ?? null) : values.support_url,
    renewal_email:
      values.renewal_email === undefined ? (current?.renewal_email ?? null) : values.renewal_email,
    updated_at: now,
  };
  await db
    .insertInto('vendor_contact')
    .values({ id: 1, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
}
