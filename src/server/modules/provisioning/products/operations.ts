import { VendorProduct, VendorProductPage } from '../../../../common/vendor-api.js';
import { Type } from 'typebox';
import { ACTIVATION_KINDS } from '../../../../common/activation-kinds.js';
import { PageQuery } from '../../../http/pagination.js';
import { nullable, text } from '../../../http/schema-helpers.js';
import { IdParams, SupportContactFields } from '../common-schemas.js';
import { defineOperation } from '../operation.js';
import { createProduct, getProduct, listProducts, updateProduct } from './service.js';

const ProductFields = {
  name: text('Display name, e.g. Atlas CAD Studio.', 120),
  licenseType: text('perpetual, subscription, trial, floating…', 40),
  deploymentType: text('on-premise, cloud, domain…', 40),
  activationKind: Type.Enum(ACTIVATION_KINDS, {
    description: 'What an activation binds: machine (fingerprint/HWID), domain or serial.',
  }),
  heartbeatIntervalSeconds: Type.Optional(
    nullable(
      Type.Integer({
        minimum: 60,
        maximum: 31_536_000,
        description: 'Seconds between required heartbeats; null (default) = no heartbeat.',
      }),
    ),
  ),
  identifierRequired: Type.Optional(
    Type.Boolean({
      description:
        'Validation must name the machine, domain or serial (default true); else FINGERPRINT_REQUIRED.',
    }),
  ),
  description: Type.Optional(Type.String({ maxLength: 2000, description: 'What the product is.' })),
  ...SupportContactFields(' for this product; null = the global one'),
};

export const productOperations = [
  defineOperation({
    command: 'product create',
    summary: 'Create a product',
    route: { method: 'POST', url: '/products', status: 201 },
    body: Type.Object({
      code: Type.String({
        pattern: '^[A-Z0-9][A-Z0-9_-]{1,39}$',
        description: 'Stable code the software sends, e.g. ATLAS-CAD (capitals, digits, - and _).',
      }),
      ...ProductFields,
    }),
    response: VendorProduct,
    run: (ctx, { body }) => createProduct(ctx, body),
  }),
  defineOperation({
    command: 'product list',
    summary: 'List products, oldest first',
    route: { method: 'GET', url: '/products' },
    query: Type.Object(PageQuery),
    response: VendorProductPage,
    run: (ctx, { query }) => listProducts(ctx, query),
  }),
  defineOperation({
    command: 'product get',
    summary: 'Read a product',
    route: { method: 'GET', url: '/products/:id' },
    params: IdParams,
    response: VendorProduct,
    run: (ctx, { params }) => getProduct(ctx, params.id),
  }),
  defineOperation({
    command: 'product update',
    summary: 'Change a product (its code is fixed: installed software sends it)',
    route: { method: 'PATCH', url: '/products/:id' },
    params: IdParams,
    body: Type.Partial(Type.Object(ProductFields), { minProperties: 1 }),
    response: VendorProduct,
    run: (ctx, { params, body }) => updateProduct(ctx, params.id, body),
  }),
];
