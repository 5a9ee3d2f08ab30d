import type { Db } from '../db/database.js';

/** Deactivations of the license since `since` that someone chose (not `monitorLabel`'s lapses). */
export async function chosenDeactivationsSince(
  db: Db,
  licenseId: number,
  since: string,
  monitorLabel: string,
): Promise<number> {
  const row = await db
    .selectFrom('activations')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('license_id', '=', licenseId)
    .where('deactivated_at', '>=', since)
    .where('deactivated_by_label', '!=', monitorLabel)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
