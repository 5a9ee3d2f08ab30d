import { sql, type ExpressionBuilder } from 'kysely';
import type { ActivationKind } from '../../common/activation-kinds.js';
import type { GrantedFeature } from '../../common/license-features.js';
import type { Db } from '../db/database.js';
import { dialectOf } from '../db/dialect.js';
import { preparedQuery } from '../db/fast-path/prepared-query.js';
import { parsedJsonArray } from '../db/json-array.js';
import type { Database, NewRow } from '../db/schema.js';
import { grantsOfEachLicense } from './feature-grant-queries.js';
import { isLapsed, isLive } from './liveness.js';

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
    .$call((qb) =>
      'keyHash' in ref ? qb.where('key_hash', '=', ref.keyHash) : qb.where('id', '=', ref.id),
    )
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
      'licenses.assigned_seats_shared',
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

/** The license with what the seat engine and validation need of its product and entitlement. */
export function findLicense(db: Db, ref: LicenseRef) {
  return licenseRecords(db)
    .$call((qb) =>
      'keyHash' in ref
        ? qb.where('licenses.key_hash', '=', ref.keyHash)
        : qb.where('licenses.id', '=', ref.id),
    )
    .$if(ref.organizationId !== undefined, (qb) =>
      qb.where('licenses.organization_id', '=', ref.organizationId!),
    )
    .executeTakeFirst();
}

export type LicenseRecord = NonNullable<Awaited<ReturnType<typeof findLicense>>>;

/**
 * The seats the license's live activations hold, for a query over `licenses`: its open seats
 * (kept by triggers, migration 007) less those of open activations past their heartbeat
 * deadline, read from their own index (migration 026) rather than every open activation.
 */
function seatsHeld(eb: ExpressionBuilder<Database, 'licenses'>, now: string) {
  const lapsed = eb
    .selectFrom('activations')
    .select((inner) =>
      inner.fn.coalesce(inner.fn.sum<number>('quantity'), inner.lit(0)).as('seats'),
    )
    .whereRef('activations.license_id', '=', 'licenses.id')
    .where(isLapsed(now));
  return eb('licenses.open_seats', '-', lapsed);
}

/**
 * What validating a key needs, in one statement: the license, its live seats, its feature
 * grants and the open activation of the identifier, passed in both stored forms (the
 * product's kind picks one).
 * On PostgreSQL each statement is a round trip, and validation runs on every start of the
 * software; only the activation columns validation answers with are read.
 */
function licenseWithBinding(
  db: Db,
  keyHash: string,
  now: string,
  domainForm: string | null,
  otherForm: string | null,
) {
  return licenseRecords(db)
    .leftJoin('activations as bound', (join) =>
      join
        .onRef('bound.license_id', '=', 'licenses.id')
        .onRef('bound.kind', '=', 'products.activation_kind')
        .on('bound.deactivated_at', 'is', null)
        .on((eb) => {
          const form = eb.case().when('products.activation_kind', '=', sql.lit('domain'));
          return eb('bound.identifier', '=', form.then(domainForm).else(otherForm).end());
        }),
    )
    .select((eb) => seatsHeld(eb, now).as('live_seats'))
    .select((eb) => grantsOfEachLicense(db, eb).as('grants'))
    .select([
      'bound.id as bound_id',
      'bound.identifier as bound_identifier',
      'bound.name as bound_name',
      'bound.hostname as bound_hostname',
      'bound.platform as bound_platform',
      'bound.quantity as bound_quantity',
      'bound.activated_at as bound_activated_at',
      'bound.last_heartbeat_at as bound_last_heartbeat_at',
      'bound.heartbeat_deadline as bound_heartbeat_deadline',
    ])
    .where('licenses.key_hash', '=', keyHash);
}

// Compiled once: the licensing benchmark's budget needs it (db/fast-path/prepared-query.ts).
const licenseWithBindingByKey = preparedQuery(licenseWithBinding, 4);
const licenseWithBindingInOrganization = preparedQuery(
  (
    db,
    keyHash: string,
    now: string,
    domainForm: string | null,
    otherForm: string | null,
    organizationId: number,
  ) =>
    licenseWithBinding(db, keyHash, now, domainForm, otherForm).where(
      'licenses.organization_id',
      '=',
      organizationId,
    ),
  5,
);

export async function findLicenseWithBinding(
  db: Db,
  ref: KeyRef,
  now: string,
  identifier: { domainForm: string; otherForm: string } | undefined,
) {
  const values = [
    ref.keyHash,
    now,
    identifier?.domainForm ?? null,
    identifier?.otherForm ?? null,
  ] as const;
  const [row] =
    ref.organizationId === undefined
      ? await licenseWithBindingByKey(db, ...values)
      : await licenseWithBindingInOrganization(db, ...values, ref.organizationId);
  if (!row) return undefined;
  const activation: BoundActivation | null =
    row.bound_id === null
      ? null
      : {
          id: row.bound_id,
          // The join matched the product's kind, and an open activation is not deactivated.
          kind: row.activation_kind,
          identifier: row.bound_identifier!,
          name: row.bound_name,
          hostname: row.bound_hostname,
          platform: row.bound_platform,
          quantity: row.bound_quantity!,
          activated_at: row.bound_activated_at!,
          last_heartbeat_at: row.bound_last_heartbeat_at,
          heartbeat_deadline: row.bound_heartbeat_deadline,
          deactivated_at: null,
        };
  return {
    license: row,
    liveSeats: Number(row.live_seats),
    activation,
    // Ordered here: in the statement SQLite sorted them through a temporary B-tree on every
    // validation (decision 161); by code point, the same order on both databases.
    features: parsedJsonArray<GrantedFeature>(row.grants).sort((a, b) =>
      a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
    ),
  };
}

export async function liveSeatsOfLicense(db: Db, licenseId: number, now: string): Promise<number> {
  const row = await db
    .selectFrom('licenses')
    .select((eb) => seatsHeld(eb, now).as('seats'))
    .where('licenses.id', '=', licenseId)
    .executeTakeFirstOrThrow();
  return Number(row.seats);
}

/** The identifier's activation that is not deactivated: live, or dead by missed heartbeats. */
export function findOpenActivation(
  db: Db,
  licenseId: number,
  kind: ActivationKind,
  identifier: string,
) {
  return db
    .selectFrom('activations')
    .selectAll()
    .where('license_id', '=', licenseId)
    .where('kind', '=', kind)
    .where('identifier', '=', identifier)
    .where('deactivated_at', 'is', null)
    .executeTakeFirst();
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

/** The activation columns validation answers with (presenters.ts, license-file.ts). */
export type BoundActivation = Pick<
  ActivationRecord,
  | 'id'
  | 'kind'
  | 'identifier'
  | 'name'
  | 'hostname'
  | 'platform'
  | 'quantity'
  | 'activated_at'
  | 'last_heartbeat_at'
  | 'heartbeat_deadline'
  | 'deactivated_at'
>;

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
    .set({
      deactivated_at: values.at,
      deactivated_by_user_id: values.userId,
      deactivated_by_label: values.label,
    })
    .where('id', '=', activationId)
    .where('deactivated_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records a heartbeat unless the activation is already dead; false when it was. */
export async function touchHeartbeat(
  db: Db,
  activationId: number,
  now: string,
  deadline: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('activations')
    .set({ last_heartbeat_at: now, heartbeat_deadline: deadline })
    .where('id', '=', activationId)
    .where(isLive(now))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The license's assignments (pending invitations named by their email) and each person's live seats. */
export async function seatHoldings(db: Db, licenseId: number, now: string) {
  const assignments = await db
    .selectFrom('license_assignments')
    .leftJoin('users', 'users.id', 'license_assignments.user_id')
    .select([
      'license_assignments.user_id as userId',
      'license_assignments.email',
      'license_assignments.quantity',
      'users.first_name',
      'users.last_name',
    ])
    .where('license_assignments.license_id', '=', licenseId)
    .orderBy('license_assignments.id')
    .execute();
  if (assignments.length === 0)
    return { assignments: [], liveSeatsByUser: new Map<number | null, number>() };
  const usage = await db
    .selectFrom('activations')
    .select((eb) => ['activated_by_user_id', eb.fn.sum<number>('quantity').as('seats')])
    .where('license_id', '=', licenseId)
    .where(isLive(now))
    .groupBy('activated_by_user_id')
    .execute();
  return {
    assignments: assignments.map((a) => ({
      userId: a.userId,
      quantity: a.quantity,
      name: `${a.first_name ?? ''} ${a.last_name ?? ''}`.trim() || a.email,
    })),
    liveSeatsByUser: new Map(usage.map((u) => [u.activated_by_user_id, Number(u.seats)])),
  };
}

/** A member of the organization by email (the licensing API's optional `user`). */
export function memberByEmail(db: Db, organizationId: number, email: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id',
      'users.email',
      'users.first_name as firstName',
      'users.last_name as lastName',
    ])
    .where('memberships.organization_id', '=', organizationId)
    .where('users.email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}
