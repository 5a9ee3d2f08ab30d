import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  ENTITLEMENT_DATE_FIELDS,
  ENTITLEMENT_SEARCH_SCOPES,
  ENTITLEMENT_SORT_COLUMNS,
  PRODUCT_SORT_COLUMNS,
} from '../../../common/licenses-api.js';
import { LICENSE_KEY_SORT_COLUMNS } from '../../../common/license-keys-api.js';
import { EntitlementLinePage } from '../../../common/licenses-schema.js';
import { LicenseKeyFilters, LicenseKeyPage } from '../../../common/license-keys-schema.js';
import { DEFAULT_PAGE_SIZE } from '../../../common/page.js';
import type { AppContext } from '../../context.js';
import { DateRangeQuery, listQuerySchema, SearchQuery, sortQuery } from '../../http/list-query.js';
import { listLicenseKeysOf } from './key-list-service.js';
import * as service from './service.js';

// The same filter as the License Keys tab's (one definition).
const Assigned = { assigned: LicenseKeyFilters.assigned };

const literals = (values: readonly string[], description: string) =>
  Type.Union(
    values.map((value) => Type.Literal(value)),
    { description },
  );

export async function licenseRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/licenses/products', {
    config: { access: 'licenses.view' },
    schema: {
      tags: ['portal'],
      summary: 'Products the organization holds licenses of (q searches name and license type)',
      querystring: listQuerySchema({
        ...SearchQuery,
        ...Assigned,
        ...sortQuery(PRODUCT_SORT_COLUMNS, { sort: 'name', direction: 'asc' }),
      }),
    },
    handler: async (request) =>
      service.listProducts(ctx, request.actor!, {
        ...request.query,
        limit: request.query.limit ?? DEFAULT_PAGE_SIZE,
      }),
  });

  app.get('/api/portal/licenses/products/:productId', {
    config: { access: 'licenses.view' },
    schema: {
      tags: ['portal'],
      summary: 'A product and the entitlements that include it',
      params: Type.Object({ productId: Type.Integer({ minimum: 1 }) }),
    },
    handler: async (request) =>
      service.productDetail(ctx, request.actor!, request.params.productId),
  });

  app.get('/api/portal/licenses/entitlements', {
    config: { access: 'licenses.view' },
    schema: {
      tags: ['portal'],
      summary: 'Entitlement lines (one per licensed product) of the organization',
      querystring: listQuerySchema({
        scope: Type.Optional(literals(ENTITLEMENT_SEARCH_SCOPES, 'Where q searches')),
        ...SearchQuery,
        dateField: Type.Optional(literals(ENTITLEMENT_DATE_FIELDS, 'Which date from/to filter')),
        ...DateRangeQuery,
        ...Assigned,
        feature: Type.Optional(
          Type.Integer({
            minimum: 1,
            description:
              'Only licenses granting this feature (an id of GET /api/portal/licenses/features)',
          }),
        ),
        ...sortQuery(ENTITLEMENT_SORT_COLUMNS, { sort: 'orderDate', direction: 'desc' }),
      }),
      response: { 200: EntitlementLinePage },
    },
    handler: async (request) =>
      service.listEntitlements(ctx, request.actor!, request.auth!.user.preferences.timezone, {
        ...request.query,
        limit: request.query.limit ?? DEFAULT_PAGE_SIZE,
      }),
  });

  app.get('/api/portal/licenses/keys', {
    config: { access: 'licenses.view' },
    schema: {
      tags: ['portal'],
      summary:
        'Every license key of the organization (masked), one row per license; q searches entitlement ids and key endings',
      querystring: listQuerySchema({
        ...LicenseKeyFilters,
        ...SearchQuery,
        ...sortQuery(LICENSE_KEY_SORT_COLUMNS, { sort: 'addedAt', direction: 'desc' }),
      }),
      response: { 200: LicenseKeyPage },
    },
    handler: async (request) =>
      listLicenseKeysOf(ctx, request.actor!, {
        ...request.query,
        limit: request.query.limit ?? DEFAULT_PAGE_SIZE,
      }),
  });

  app.get('/api/portal/licenses/features', {
    config: { access: 'licenses.view' },
    schema: {
      tags: ['portal'],
      summary: 'Features the organization’s licenses grant (the choices of the feature filter)',
    },
    handler: async (request) => service.listGrantedFeatures(ctx, request.actor!),
  });

  app.get('/api/portal/licenses/entitlements/:entitlementId', {
    config: { access: 'licenses.view' },
    schema: {
      tags: ['portal'],
      summary: 'An entitlement and its licenses',
      params: Type.Object({ entitlementId: Type.Integer({ minimum: 1 }) }),
    },
    handler: async (request) =>
      service.entitlementDetail(ctx, request.actor!, request.params.entitlementId),
  });
}
