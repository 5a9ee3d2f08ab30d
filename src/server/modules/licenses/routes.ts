import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  EntitlementDetail,
  EntitlementListQuery,
  FeatureChoices,
  LicenseProductDetail,
  LicenseProductListQuery,
  LicenseProductPage,
} from '../../../common/licenses-api.js';
import { EntitlementLinePage } from '../../../common/licenses-schema.js';
import { LicenseKeyListQuery, LicenseKeyPage } from '../../../common/license-keys-schema.js';
import { DEFAULT_PAGE_SIZE } from '../../../common/page.js';
import type { AppContext } from '../../context.js';
import { listLicenseKeysOf } from './key-list-service.js';
import * as service from './service.js';

export async function licenseRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/licenses/products', {
    config: { access: 'licenses.view' },
    schema: {
      tags: ['portal'],
      summary: 'Products the organization holds licenses of (q searches name and license type)',
      querystring: LicenseProductListQuery,
      response: { 200: LicenseProductPage },
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
      response: { 200: LicenseProductDetail },
    },
    handler: async (request) =>
      service.productDetail(ctx, request.actor!, request.params.productId),
  });

  app.get('/api/portal/licenses/entitlements', {
    config: { access: 'licenses.view' },
    schema: {
      tags: ['portal'],
      summary: 'Entitlement lines (one per licensed product) of the organization',
      querystring: EntitlementListQuery,
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
      querystring: LicenseKeyListQuery,
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
      response: { 200: FeatureChoices },
    },
    handler: async (request) => service.listGrantedFeatures(ctx, request.actor!),
  });

  app.get('/api/portal/licenses/entitlements/:entitlementId', {
    config: { access: 'licenses.view' },
    schema: {
      tags: ['portal'],
      summary: 'An entitlement and its licenses',
      params: Type.Object({ entitlementId: Type.Integer({ minimum: 1 }) }),
      response: { 200: EntitlementDetail },
    },
    handler: async (request) =>
      service.entitlementDetail(ctx, request.actor!, request.params.entitlementId),
  });
}
