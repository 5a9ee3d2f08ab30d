import type { SortDirection } from '../../../common/page.js';
import type { Db } from '../../db/database.js';
import { containsText, keysetPage, type KeysetPosition } from '../../db/list-queries.js';
import { productAssignedTo, type AssigneeCondition } from './assignee-queries.js';

export const PRODUCT_SORT_SQL = {
  name: 'products.name',
  licenseType: 'products.license_type',
  description: 'products.description',
} as const;

/** Products the organization holds a license of. */
function productsOf(db: Db, organizationId: number) {
  return db
    .selectFrom('products')
    .select([
      'products.id as productId',
      'products.name',
      'products.license_type as licenseType',
      'products.description',
      'products.deployment_type as deploymentType',
      'products.activation_kind as activationKind',
    ])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('licenses')
          .select('licenses.id')
          .where('licenses.organization_id', '=', organizationId)
          .whereRef('licenses.product_id', '=', 'products.id'),
      ),
    );
}

export function listProducts(
  db: Db,
  organizationId: number,
  search: string | undefined,
  assigned: AssigneeCondition | undefined,
  order: {
    sortBy: (typeof PRODUCT_SORT_SQL)[keyof typeof PRODUCT_SORT_SQL];
    direction: SortDirection;
  },
  position: KeysetPosition | undefined,
  pageSize: number,
) {
  const query = productsOf(db, organizationId)
    .$if(search !== undefined, (qb) =>
      qb.where((eb) =>
        eb.or([
          containsText(eb.ref('products.name'), search!),
          containsText(eb.ref('products.license_type'), search!),
        ]),
      ),
    )
    .$if(assigned !== undefined, (qb) =>
      qb.where((eb) => productAssignedTo(eb, organizationId, assigned!)),
    );
  return keysetPage(
    query,
    { sortBy: order.sortBy, id: 'products.id', direction: order.direction },
    position,
    pageSize,
  ).execute();
}

export function findProduct(db: Db, organizationId: number, productId: number) {
  return productsOf(db, organizationId).where('products.id', '=', productId).executeTakeFirst();
}
