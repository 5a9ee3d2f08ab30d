import { Type } from 'typebox';
import { FEATURE_CODE_PATTERN, FEATURE_KINDS } from '../../../../common/license-features.js';
import { nullable, text } from '../../../http/schema-helpers.js';
import { IdParams, Instant } from '../common-schemas.js';
import { defineOperation } from '../operation.js';
import {
  changeGrant,
  createFeature,
  deleteFeature,
  grantFeature,
  listFeatures,
  removeGrant,
  updateFeature,
} from './service.js';

export const FeatureCode = Type.String({
  pattern: FEATURE_CODE_PATTERN,
  description: 'Stable code the software asks for, e.g. fea-solver (lower case, digits and -).',
});

const FeatureFields = {
  name: text('Display name customers read, e.g. FEA Solver.', 120),
  kind: Type.Enum(FEATURE_KINDS, {
    description: 'switch: on/off; limit: a number the software enforces (reported, not metered).',
  }),
  unit: Type.Optional(
    nullable(text('What a limit counts, e.g. "max cores" or "render hours".', 40)),
  ),
  description: Type.Optional(
    Type.String({ maxLength: 2000, description: 'What the feature unlocks.' }),
  ),
};

export const GrantFields = {
  limit: Type.Optional(
    nullable(
      Type.Integer({
        minimum: 0,
        maximum: 1_000_000_000,
        description: 'This license’s limit of a limit feature; null = none.',
      }),
    ),
  ),
  expiresAt: Type.Optional(
    nullable(Instant('When the grant ends (a one-year add-on); null = with the license')),
  ),
};

const GrantParams = Type.Object({ id: IdParams.properties.id, code: FeatureCode });

export const featureOperations = [
  defineOperation({
    command: 'feature create',
    summary: 'Declare a feature of a product',
    route: { method: 'POST', url: '/products/:id/features', status: 201 },
    params: IdParams,
    body: Type.Object({ code: FeatureCode, ...FeatureFields }),
    run: (ctx, { params, body }) => createFeature(ctx, params.id, body),
  }),
  defineOperation({
    command: 'feature list',
    summary: 'The features a product declares, by code',
    route: { method: 'GET', url: '/products/:id/features' },
    params: IdParams,
    run: (ctx, { params }) => listFeatures(ctx, params.id),
  }),
  defineOperation({
    command: 'feature update',
    summary:
      'Change a feature’s name, kind, unit or description (its code is fixed: software sends it)',
    route: { method: 'PATCH', url: '/features/:id' },
    params: IdParams,
    body: Type.Partial(Type.Object(FeatureFields), { minProperties: 1 }),
    run: (ctx, { params, body }) => updateFeature(ctx, params.id, body),
  }),
  defineOperation({
    command: 'feature delete',
    summary: 'Remove a feature no license grants (409 feature_in_use otherwise)',
    route: { method: 'DELETE', url: '/features/:id' },
    params: IdParams,
    run: (ctx, { params }) => deleteFeature(ctx, params.id),
  }),
  defineOperation({
    command: 'license feature-grant',
    summary:
      'Grant a feature of the license’s product, with an optional limit and end date (audited)',
    route: { method: 'POST', url: '/licenses/:id/features', status: 201 },
    params: IdParams,
    body: Type.Object({ code: FeatureCode, ...GrantFields }),
    run: (ctx, { params, body }, actor) => grantFeature(ctx, params.id, body, actor),
  }),
  defineOperation({
    command: 'license feature-change',
    summary: 'Change a granted feature’s limit or end date (audited)',
    route: { method: 'PATCH', url: '/licenses/:id/features/:code' },
    params: GrantParams,
    body: Type.Object(GrantFields, { minProperties: 1 }),
    run: (ctx, { params, body }, actor) => changeGrant(ctx, params.id, params.code, body, actor),
  }),
  defineOperation({
    command: 'license feature-remove',
    summary: 'Take a feature off a license (audited)',
    route: { method: 'DELETE', url: '/licenses/:id/features/:code' },
    params: GrantParams,
    run: (ctx, { params }, actor) => removeGrant(ctx, params.id, params.code, actor),
  }),
];
