import type { StoredLicenseStatus } from '../../../../common/license-status.js';
import type { Db } from '../../../db/database.js';
import type { NewRow, RowUpdate } from '../../../db/schema.js';
import { keysetPage, type KeysetPosition } from '../../../db/list-queries.js';
import { isLive } from '../../../licensing/public-api.js';
import { oldestFirst } from '../common-schemas.js';

/** Licenses with their product code, entitlement id and the seats their live activations hold. */
function selectLicenses(db: Db, now: string) {
  return db
    .selectFrom('licenses')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .innerJoin('entitlements', 'entitlements.id', 'licenses.entitlement_id')
    .selectAll('licenses')
    .select((eb) => [
      'products.code as product_code',
      'products.name as product_name',
      'entitlements.public_id as entitlement_public_id',
      eb
        .selectFrom('activations')
        .select((sub) =>
          sub.fn.coalesce(sub.fn.sum<number>('activations.quantity'), sub.lit(0)).as('seats'),
        )
        .whereRef('activations.license_id', '=', 'licenses.id')
        .where(isLive(now))
        .as('live_seats'),
    ]);
}

export type VendorLicenseRow = NonNullable<Awaited<ReturnType<typeof findLicense>>>;

export function findLicense(db: Db, id: number, now: string) {
  return selectLicenses(db, now).where('licenses.id', '=', id).executeTakeFirst();
}

export function listLicenses(
  db: Db,
  filter: { organizationId?: number; entitlementId?: number },
  page: { position?: KeysetPosition; limit: number },
  now: string,
) {
  const query = selectLicenses(db, now)
    .$if(filter.organizationId !== undefined, (qb) =>
      qb.where('licenses.organization_id', '=', filter.organizationId!),
    )
    .$if(filter.entitlementId !== undefined, (qb) =>
      qb.where('licenses.entitlement_id', '=', filter.entitlementId!),
    );
  return keysetPage(query, oldestFirst('licenses'), page.position, page.limit).execute();
}

export async function insertLicense(db: Db, values: NewRow<'licenses'>): Promise<number> {
  return (await db.insertInto('licenses').values(values).returning('id').executeTakeFirstOrThrow())
    .id;
}

/** Updates a license, only while its status is one of `from` when given; false when nothing matched. */
export async function updateLicense(
  db: Db,
  id: number,
  values: RowUpdate<'licenses'>,
  from?: StoredLicenseStatus[],
): Promise<boolean> {
  const result = await db
    .updateTable('licenses')
    .set(values)
    .where('id', '=', id)
    .$if(from !== undefined, (qb) => qb.where('status', 'in', from!))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
