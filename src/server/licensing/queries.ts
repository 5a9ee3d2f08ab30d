import { sql, type ExpressionBuilder } from 'kysely';
import type { ActivationKind } from '../../common/activation-kinds.js';
import type { Db } from '../db/database.js';
import { dialectOf } from '../db/dialect.js';
import { preparedQuery } from '../db/prepared-query.js';
import { objectOf, rowShape } from '../db/row-shape.js';
import type { ActivationTable, Database, NewRow } from '../db/schema.js';
import { isLive } from './liveness.js';

/** A license named by its key's lookup hash; from the portal, scoped to the member's organization. */
export type KeyRef = { keyHash: string; organizationId?: number };
/** A license named by id or by key. */
export type LicenseRef = KeyRef | { id: number; organizationId?: number };

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
      'entitlements.sales_order',
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

/** Every column of an activation; typed as a record so a new column cannot be left out. */
const ACTIVATION_COLUMNS = Object.keys({
  id: true,
  organization_id: true,
  license_id: true,
  product_id: true,
  product_name: true,
  entitlement_id: true,
  entitlement_public_id: true,
  key_last4: true,
  kind: true,
  identifier: true,
  name: true,
  hostname: true,
  platform: true,
  quantity: true,
  project_name: true,
  project_manager: true,
  activated_by_user_id: true,
  activated_by_label: true,
  activated_at: true,
  last_heartbeat_at: true,
  heartbeat_deadline: true,
  deactivated_at: true,
  deactivated_by_user_id: true,
  deactivated_by_label: true,
} satisfies Record<keyof ActivationTable, true>) as (keyof ActivationTable)[];
const BOUND = 'bound_';
const BOUND_COLUMNS = ACTIVATION_COLUMNS.map((column) => `${BOUND}${column}`);
const ACTIVATION_SHAPE = rowShape(ACTIVATION_COLUMNS);

/** The seats the license's live activations hold, for a query over `licenses`. */
function seatsHeld(eb: ExpressionBuilder<Database, 'licenses'>, now: string) {
  return eb
    .selectFrom('activations')
    .select((inner) => inner.fn.coalesce(inner.fn.sum<number>('quantity'), inner.lit(0)).as('seats'))
    .whereRef('activations.license_id', '=', 'licenses.id')
    .where(isLive(now));
}

/**
 * A license with its live seats and the open activation of an identifier, in one statement:
 * on PostgreSQL each statement is a round trip, and validation runs on every start of the
 * software. The identifier is passed in both stored forms; the product's kind picks one.
 */
function licenseWithBinding(db: Db, keyHash: string, now: string, domainForm: string | null, otherForm: string | null) {
  return licenseRecords(db)
    .leftJoin('activations as bound', (join) =>
      join
        .onRef('bound.license_id', '=', 'licenses.id')
        .onRef('bound.kind', '=', 'products.activation_kind')
        .on('bound.deactivated_at', 'is', null)
        .on((eb) => eb('bound.identifier', '=', eb.case().when('products.activation_kind', '=', sql.lit('domain')).then(domainForm).else(otherForm).end())),
    )
    .select((eb) => seatsHeld(eb, now).as('live_seats'))
    .select(ACTIVATION_COLUMNS.map((column) => sql.ref(`bound.${column}`).as(`${BOUND}${column}`)))
    .where('licenses.key_hash', '=', keyHash)
    .$castTo<LicenseRecord & { live_seats: number; bound_id: number | null }>();
}

const licenseWithBindingByKey = preparedQuery(licenseWithBinding, 4);
const licenseWithBindingInOrganization = preparedQuery(
  (db, keyHash: string, now: string, domainForm: string | null, otherForm: string | null, organizationId: number) =>
    licenseWithBinding(db, keyHash, now, domainForm, otherForm).where('licenses.organization_id', '=', organizationId),
  5,
);

/** What validating a key needs: the license, its live seats and the identifier's open activation. */
export async function findLicenseWithBinding(
  db: Db,
  ref: KeyRef,
  now: string,
  identifier: { domainForm: string; otherForm: string } | undefined,
) {
  const forms = [ref.keyHash, now, identifier?.domainForm ?? null, identifier?.otherForm ?? null] as const;
  const [row] = ref.organizationId === undefined ? await licenseWithBindingByKey(db, ...forms) : await licenseWithBindingInOrganization(db, ...forms, ref.organizationId);
  if (!row) return undefined;
  const record = row as unknown as Record<string, unknown>;
  const activation = row.bound_id === null ? null : (objectOf(ACTIVATION_SHAPE, BOUND_COLUMNS.map((column) => record[column])) as ActivationRecord);
  return { license: row, liveSeats: Number(row.live_seats), activation };
}

const liveSeats = preparedQuery(
  (db, licenseId: number, now: string) =>
    db
      .selectFrom('licenses')
      .select((eb) => seatsHeld(eb, now).as('seats'))
      .where('licenses.id', '=', licenseId),
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

/** Deactivations of the license since `since` that someone chose (not `monitorLabel`'s lapses). */
export async function chosenDeactivationsSince(db: Db, licenseId: number, since: string, monitorLabel: string): Promise<number> {
  const row = await db
    .selectFrom('activations')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('license_id', '=', licenseId)
    .where('deactivated_at', '>=', since)
    .where('deactivated_by_label', '!=', monitorLabel)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
