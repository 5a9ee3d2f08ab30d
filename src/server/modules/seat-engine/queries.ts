import type { ActivationKind } from '../../../common/activation-kinds.js';
import type { Db } from '../../db/database.js';
import { dialectOf } from '../../db/dialect.js';
import { preparedQuery } from '../../db/prepared-query.js';
import type { NewRow } from '../../db/schema.js';
import { isLive } from './liveness.js';

/** A license named by id or by its key's lookup hash; from the portal, scoped to the member's organization. */
export type LicenseRef = ({ id: number } | { keyHash: string }) & { organizationId?: number };

/** Takes the license row's write lock on PostgreSQL; SQLite already holds the database's (BEGIN IMMEDIATE). */
export async function lockLicenseRow(trx: Db, ref: LicenseRef): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  await trx
    .selectFrom('licenses')
    .select('id')
    .$call((qb) => ('keyHash' in ref ? qb.where('key_hash', '=', ref.keyHash) : qb.where('id', '=', ref.id)))
    .forUpdate()
    .execute();
}

function licenseRecords(db: Db) {
  return db
    .selectFrom('licenses')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .innerJoin('entitlements', 'entitlements.id', 'licenses.entitlement_id')
    .innerJoin('organizations', 'organizations.id', 'licenses.organization_id')
    .select([
      'licenses.id',
      'licenses.organization_id',
      'licenses.entitlement_id',
      'licenses.product_id',
      'licenses.seats',
      'licenses.status',
      'licenses.expires_at',
      'licenses.max_deactivations',
      'licenses.deactivation_period_days',
      'licenses.key_last4',
      'products.code as product_code',
      'products.name as product_name',
      'products.activation_kind',
      'products.heartbeat_interval_seconds',
      'products.identifier_required',
      'entitlements.public_id as entitlement_public_id',
      'organizations.name as organization_name',
    ]);
}

/** The licensing API's lookup: every request names its license by key. */
const licenseByKeyHash = preparedQuery((db, keyHash: string) => licenseRecords(db).where('licenses.key_hash', '=', keyHash), 1);

/** The license with what the seat engine and validation need of its product and entitlement. */
export async function findLicense(db: Db, ref: LicenseRef) {
  if ('keyHash' in ref && ref.organizationId === undefined) return (await licenseByKeyHash(db, ref.keyHash)).at(0);
  return licenseRecords(db)
    .$call((qb) => ('keyHash' in ref ? qb.where('licenses.key_hash', '=', ref.keyHash) : qb.where('licenses.id', '=', ref.id)))
    .$if(ref.organizationId !== undefined, (qb) => qb.where('licenses.organization_id', '=', ref.organizationId!))
    .executeTakeFirst();
}

export type LicenseRecord = NonNullable<Awaited<ReturnType<typeof findLicense>>>;

const liveSeats = preparedQuery(
  (db, licenseId: number, now: string) =>
    db
      .selectFrom('activations')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('quantity'), eb.lit(0)).as('seats'))
      .where('license_id', '=', licenseId)
      .where(isLive(now)),
  2,
);

export async function liveSeatsOfLicense(db: Db, licenseId: number, now: string): Promise<number> {
  const [row] = await liveSeats(db, licenseId, now);
  return Number(row.seats);
}

const openActivation = preparedQuery(
  (db, licenseId: number, kind: ActivationKind, identifier: string) =>
    db
      .selectFrom('activations')
      .selectAll()
      .where('license_id', '=', licenseId)
      .where('kind', '=', kind)
      .where('identifier', '=', identifier)
      .where('deactivated_at', 'is', null),
  3,
);

/** The identifier's activation that is not deactivated: live, or dead by missed heartbeats. */
export async function findOpenActivation(db: Db, licenseId: number, kind: ActivationKind, identifier: string) {
  return (await openActivation(db, licenseId, kind, identifier)).at(0);
}

export function findOpenActivationById(db: Db, activationId: number, organizationId?: number) {
  return db
    .selectFrom('activations')
    .selectAll()
    .where('id', '=', activationId)
    .where('deactivated_at', 'is', null)
    .$if(organizationId !== undefined, (qb) => qb.where('organization_id', '=', organizationId!))
    .executeTakeFirst();
}

export type ActivationRecord = NonNullable<Awaited<ReturnType<typeof findOpenActivation>>>;

export function insertActivation(db: Db, values: NewRow<'activations'>) {
  return db.insertInto('activations').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Marks an open activation deactivated; false when it already was (a concurrent request won). */
export async function closeActivation(
  db: Db,
  activationId: number,
  values: { at: string; userId: number | null; label: string },
): Promise<boolean> {
  const result = await db
    .updateTable('activations')
    .set({ deactivated_at: values.at, deactivated_by_user_id: values.userId, deactivated_by_label: values.label })
    .where('id', '=', activationId)
    .where('deactivated_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records a heartbeat unless the activation is already dead; false when it was. */
export async function touchHeartbeat(db: Db, activationId: number, now: string, deadline: string | null): Promise<boolean> {
  const result = await db
    .updateTable('activations')
    .set({ last_heartbeat_at: now, heartbeat_deadline: deadline })
    .where('id', '=', activationId)
    .where(isLive(now))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
