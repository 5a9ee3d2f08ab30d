import { Type, type Static } from 'typebox';
import { ASSIGNEE_FILTER_PATTERN, AssigneeSummary } from './assignments-api.js';
import { GrantedFeatureSchema } from './license-features-schema.js';
import {
  LICENSE_KEY_SORT_COLUMNS,
  LICENSE_KEY_STATUS_FILTERS,
  MAX_EXPIRING_WITHIN_DAYS,
} from './license-keys-api.js';
import { LicenseStatusSchema } from './licenses-schema.js';
import { listQuerySchema, SearchQuery, sortQuery } from './list-query-schema.js';
import { Instant, NullableInstant, PageOf, StringEnum } from './schema-kit.js';

/** The License Keys list's own filters (the page, sort and search fields are the shared ones). */
export const LicenseKeyFilters = {
  status: Type.Optional(
    StringEnum(LICENSE_KEY_STATUS_FILTERS, {
      description: 'active = valid (not suspended, revoked or expired)',
    }),
  ),
  productId: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 2_147_483_647,
      description: 'Only licenses of this product',
    }),
  ),
  featureId: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 2_147_483_647,
      description:
        'Only licenses granting this feature (an id of GET /api/portal/licenses/features), ended grants included',
    }),
  ),
  expiringWithinDays: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_EXPIRING_WITHIN_DAYS,
      description: 'Only valid licenses that expire within this many days',
    }),
  ),
  assigned: Type.Optional(
    Type.String({
      pattern: ASSIGNEE_FILTER_PATTERN,
      description: 'Assigned to: me, none, or a member’s user id',
    }),
  ),
};

export const LicenseKeyItem = Type.Object({
  licenseId: Type.Integer(),
  entitlementId: Type.Integer(),
  entitlementPublicId: Type.String(),
  productId: Type.Integer(),
  productName: Type.String(),
  maskedKey: Type.String({ description: 'The key with all but its last four characters hidden' }),
  status: LicenseStatusSchema,
  seats: Type.Integer({ description: 'Seats the license grants' }),
  seatsUsed: Type.Integer({ description: 'Seats held by live activations' }),
  expiresAt: NullableInstant('The license’s expiry instant (UTC); null = never'),
  addedAt: Instant('When the license was added (UTC)'),
  assignees: Type.Array(AssigneeSummary, {
    description: 'Who the license’s seats are assigned to (Assigned to)',
  }),
  features: Type.Array(GrantedFeatureSchema, {
    description: 'The features the license grants, by name, ended ones too',
  }),
});
export type LicenseKeyItem = Static<typeof LicenseKeyItem>;

export const LicenseKeyPage = PageOf(LicenseKeyItem);

export const LicenseKeyListQuery = listQuerySchema({
  ...LicenseKeyFilters,
  ...SearchQuery,
  ...sortQuery(LICENSE_KEY_SORT_COLUMNS, { sort: 'addedAt', direction: 'desc' }),
});
export type LicenseKeyListQuery = Static<typeof LicenseKeyListQuery>;
