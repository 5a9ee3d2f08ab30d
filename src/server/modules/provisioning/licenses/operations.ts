import {
  VendorLicense,
  VendorLicensePage,
  VendorLicenseWithFeatures,
} from '../../../../common/vendor-api.js';
import { Type } from 'typebox';
import { PageQuery } from '../../../http/pagination.js';
import { nullable, text } from '../../../http/schema-helpers.js';
import { IdParams, Instant } from '../common-schemas.js';
import { defineOperation } from '../operation.js';
import {
  extendLicense,
  getLicense,
  listLicenses,
  transitionLicense,
  updateLicense,
} from './service.js';

export const LicenseLimits = {
  maxDeactivations: Type.Optional(
    nullable(
      Type.Integer({
        minimum: 0,
        maximum: 100_000,
        description: 'Deactivations allowed per period; null = unlimited.',
      }),
    ),
  ),
  deactivationPeriodDays: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 3650,
      description: 'The rolling period of maxDeactivations, in days (default 30).',
    }),
  ),
};
export const Seats = Type.Integer({
  minimum: 1,
  maximum: 1_000_000,
  description: 'Seats the license has ("Available Licenses").',
});

const Reason = Type.Object({ reason: Type.Optional(text('Why, for the audit log.', 500)) });

const transition = (name: 'suspend' | 'reinstate' | 'revoke', summary: string) =>
  defineOperation({
    command: `license ${name}`,
    summary,
    route: { method: 'POST', url: `/licenses/:id/${name}` },
    params: IdParams,
    body: Reason,
    response: VendorLicense,
    run: (ctx, { params, body }, actor) =>
      transitionLicense(ctx, params.id, name, actor, body.reason),
  });

export const licenseOperations = [
  defineOperation({
    command: 'license list',
    summary: 'List licenses, oldest first, optionally of one organization or entitlement',
    route: { method: 'GET', url: '/licenses' },
    query: Type.Object({
      organizationId: Type.Optional(
        Type.Integer({ minimum: 1, description: 'Only this organization’s licenses.' }),
      ),
      entitlementId: Type.Optional(
        Type.Integer({ minimum: 1, description: 'Only this entitlement’s licenses.' }),
      ),
      ...PageQuery,
    }),
    response: VendorLicensePage,
    run: (ctx, { query }) => listLicenses(ctx, query),
  }),
  defineOperation({
    command: 'license get',
    summary: 'Read a license, with its key and the seats live activations hold',
    route: { method: 'GET', url: '/licenses/:id' },
    params: IdParams,
    response: VendorLicenseWithFeatures,
    run: (ctx, { params }) => getLicense(ctx, params.id),
  }),
  defineOperation({
    command: 'license update',
    summary:
      'Change seats or deactivation limits (fewer seats than in use makes validation answer SEATS_EXHAUSTED)',
    route: { method: 'PATCH', url: '/licenses/:id' },
    params: IdParams,
    body: Type.Object({ seats: Type.Optional(Seats), ...LicenseLimits }, { minProperties: 1 }),
    response: VendorLicense,
    run: (ctx, { params, body }, actor) => updateLicense(ctx, params.id, body, actor),
  }),
  transition('suspend', 'Suspend a license: validation answers SUSPENDED until it is reinstated'),
  transition('reinstate', 'Reinstate a suspended license'),
  transition('revoke', 'Revoke a license for good: validation answers REVOKED'),
  defineOperation({
    command: 'license extend',
    summary: 'Move a license’s expiry later',
    route: { method: 'POST', url: '/licenses/:id/extend' },
    params: IdParams,
    body: Type.Object({ expiresAt: Instant('The new expiry, later than the current one') }),
    response: VendorLicense,
    run: (ctx, { params, body }, actor) => extendLicense(ctx, params.id, body.expiresAt, actor),
  }),
];
