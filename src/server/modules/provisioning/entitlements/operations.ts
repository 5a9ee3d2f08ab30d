import { Type } from 'typebox';
import { nullable, text } from '../../../http/schema-helpers.js';
import { PageQuery } from '../../../http/pagination.js';
import { CalendarDate, Email, IdParams, Instant } from '../common-schemas.js';
import { FeatureCode, GrantFields } from '../features/operations.js';
import { LicenseLimits, Seats } from '../licenses/operations.js';
import { MAX_LICENSE_LINES } from '../licenses/service.js';
import { defineOperation } from '../operation.js';
import {
  addLicense,
  createEntitlement,
  getEntitlement,
  listEntitlements,
  updateEntitlement,
} from './service.js';

const LicenseLine = Type.Object({
  productCode: text('The product’s code, e.g. ATLAS-CAD.', 40),
  seats: Seats,
  expiresAt: Type.Optional(
    nullable(
      Instant(
        'When the license expires; null = never; default: the end of the entitlement’s expiry day',
      ),
    ),
  ),
  ...LicenseLimits,
  assignTo: Type.Optional(Email),
  assignSeats: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 1_000_000,
      description: 'Seats assigned to assignTo (default: all).',
    }),
  ),
  features: Type.Optional(
    Type.Array(Type.Object({ code: FeatureCode, ...GrantFields }), {
      maxItems: 50,
      description:
        'Features the license grants, each with its own limit and end date (on the CLI: --json).',
    }),
  ),
});

const EntitlementFields = {
  salesOrder: text('The sales order number.', 80),
  poNumber: Type.Optional(nullable(text('The customer’s purchase order number.', 80))),
  orderDate: CalendarDate('The order date'),
  expiresOn: Type.Optional(nullable(CalendarDate('When the entitlement ends; null = never'))),
  status: Type.Optional(
    Type.Enum(['active', 'expired', 'cancelled'], { description: 'Default active.' }),
  ),
};

export const entitlementOperations = [
  defineOperation({
    command: 'entitlement create',
    summary:
      'Create an entitlement (an order) with one license per product line; keys are generated',
    route: { method: 'POST', url: '/entitlements', status: 201 },
    body: Type.Object({
      organizationId: Type.Integer({ minimum: 1, description: 'The customer organization.' }),
      publicId: Type.Optional(
        Type.String({
          pattern: '^[A-Z0-9][A-Z0-9-]{2,39}$',
          description: 'Default: the next ENT-000123.',
        }),
      ),
      ...EntitlementFields,
      licenses: Type.Array(LicenseLine, {
        minItems: 1,
        maxItems: MAX_LICENSE_LINES,
        description: 'License lines; on the CLI repeat --licenses productCode=ATLAS-CAD,seats=10.',
      }),
    }),
    run: (ctx, { body }, actor) => createEntitlement(ctx, body, actor),
  }),
  defineOperation({
    command: 'entitlement list',
    summary: 'List entitlements, oldest first, optionally of one organization',
    route: { method: 'GET', url: '/entitlements' },
    query: Type.Object({
      organizationId: Type.Optional(
        Type.Integer({ minimum: 1, description: 'Only this organization’s entitlements.' }),
      ),
      ...PageQuery,
    }),
    run: (ctx, { query }) => listEntitlements(ctx, query),
  }),
  defineOperation({
    command: 'entitlement get',
    summary: 'Read an entitlement with its licenses',
    route: { method: 'GET', url: '/entitlements/:id' },
    params: IdParams,
    run: (ctx, { params }) => getEntitlement(ctx, params.id),
  }),
  defineOperation({
    command: 'entitlement update',
    summary: 'Change an entitlement’s order details or status',
    route: { method: 'PATCH', url: '/entitlements/:id' },
    params: IdParams,
    body: Type.Partial(Type.Object(EntitlementFields), { minProperties: 1 }),
    run: (ctx, { params, body }, actor) => updateEntitlement(ctx, params.id, body, actor),
  }),
  defineOperation({
    command: 'entitlement add-license',
    summary: 'Add a product line (a license with a new key) to an entitlement',
    route: { method: 'POST', url: '/entitlements/:id/licenses', status: 201 },
    params: IdParams,
    body: LicenseLine,
    run: (ctx, { params, body }, actor) => addLicense(ctx, params.id, body, actor),
  }),
];
