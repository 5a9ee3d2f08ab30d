import { Type, type Static } from 'typebox';
import { ACTIVATION_KINDS, type ActivationKind } from './activation-kinds.js';
import { AssigneeSummary } from './assignments-api.js';
import { LicenseKeyFilters } from './license-keys-schema.js';
import { FEATURE_CODE_PATTERN } from './license-features.js';
import { GrantedFeatureSchema } from './license-features-schema.js';
import { LICENSE_CHECK_CODES, VALIDATION_CODES } from './license-validation.js';
import { LicenseStatusSchema } from './licenses-schema.js';
import { DateRangeQuery, listQuerySchema, SearchQuery, sortQuery } from './list-query-schema.js';
import {
  Instant,
  NullableInstant,
  NullableText,
  nullableOutput,
  PageOf,
  StringEnum,
} from './schema-kit.js';
import {
  PRODUCT_SORT_COLUMNS,
  ENTITLEMENT_SEARCH_SCOPES,
  ENTITLEMENT_DATE_FIELDS,
  ENTITLEMENT_SORT_COLUMNS,
} from './plain-values.js';
export {
  PRODUCT_SORT_COLUMNS,
  ENTITLEMENT_SEARCH_SCOPES,
  ENTITLEMENT_DATE_FIELDS,
  ENTITLEMENT_SORT_COLUMNS,
} from './plain-values.js';

export type ProductSortColumn = (typeof PRODUCT_SORT_COLUMNS)[number];

export type EntitlementSearchScope = (typeof ENTITLEMENT_SEARCH_SCOPES)[number];

export const ENTITLEMENT_SEARCH_SCOPE_LABELS: Record<EntitlementSearchScope, string> = {
  entitlementId: 'Entitlement ID',
  salesOrder: 'Sales Order',
  poNumber: 'PO Number',
};

export type EntitlementDateField = (typeof ENTITLEMENT_DATE_FIELDS)[number];

export type EntitlementSortColumn = (typeof ENTITLEMENT_SORT_COLUMNS)[number];

export type { EntitlementLineItem } from './licenses-schema.js';

// The same filter as the License Keys tab's (one definition).
const Assigned = LicenseKeyFilters.assigned;

export const LicenseProductListQuery = listQuerySchema({
  ...SearchQuery,
  assigned: Assigned,
  ...sortQuery(PRODUCT_SORT_COLUMNS, { sort: 'name', direction: 'asc' }),
});
export type LicenseProductListQuery = Static<typeof LicenseProductListQuery>;

export const EntitlementListQuery = listQuerySchema({
  scope: Type.Optional(StringEnum(ENTITLEMENT_SEARCH_SCOPES, { description: 'Where q searches' })),
  ...SearchQuery,
  dateField: Type.Optional(
    StringEnum(ENTITLEMENT_DATE_FIELDS, { description: 'Which date from/to filter' }),
  ),
  ...DateRangeQuery,
  assigned: Assigned,
  feature: Type.Optional(
    Type.Integer({
      minimum: 1,
      description:
        'Only licenses granting this feature (an id of GET /api/portal/licenses/features)',
    }),
  ),
  ...sortQuery(ENTITLEMENT_SORT_COLUMNS, { sort: 'orderDate', direction: 'desc' }),
});
export type EntitlementListQuery = Static<typeof EntitlementListQuery>;

const ProductFields = {
  productId: Type.Integer(),
  name: Type.String({ examples: ['Atlas CAD'] }),
  licenseType: Type.String({ examples: ['subscription'] }),
  description: Type.String(),
};

/** A product the organization holds at least one license of. */
export const LicenseProductItem = Type.Object({
  ...ProductFields,
  assignees: Type.Array(AssigneeSummary, {
    description: 'Who the organization’s licenses of the product are assigned to.',
  }),
});
export type LicenseProductItem = Static<typeof LicenseProductItem>;

export const LicenseProductPage = PageOf(LicenseProductItem);

/** A license as the detail panels show it: seats ("available"), live seats ("activated") and what is left. */
export const LicenseLine = Type.Object({
  licenseId: Type.Integer(),
  productId: Type.Integer(),
  productName: Type.String(),
  description: Type.String(),
  licenseType: Type.String(),
  deploymentType: Type.String(),
  activationKind: StringEnum(ACTIVATION_KINDS),
  entitlementId: Type.Integer(),
  entitlementPublicId: Type.String({ examples: ['ENT-000123'] }),
  orderDate: Type.String({ format: 'date', description: 'The order date (YYYY-MM-DD)' }),
  salesOrder: Type.String(),
  poNumber: NullableText(),
  available: Type.Integer({ description: 'Seats the license grants.' }),
  activated: Type.Integer({ description: 'Seats held by live activations.' }),
  unactivated: Type.Integer({
    description: 'Seats free to activate now: 0 when the license is suspended, revoked or expired.',
  }),
  status: LicenseStatusSchema,
  expiresAt: NullableInstant(),
  maskedKey: Type.String(),
  assignees: Type.Array(AssigneeSummary),
  renewalRequestable: Type.Boolean({
    description: 'The vendor configured where renewal requests go (product or global address).',
  }),
  features: Type.Array(GrantedFeatureSchema, {
    description: 'The features the license grants, by name, ended ones too.',
  }),
});
export type LicenseLine = Static<typeof LicenseLine>;

export const LicenseProductDetail = Type.Object({
  product: Type.Object({
    ...ProductFields,
    deploymentType: Type.String(),
    activationKind: StringEnum(ACTIVATION_KINDS),
  }),
  lines: Type.Array(LicenseLine),
});
export type LicenseProductDetail = Static<typeof LicenseProductDetail>;

export const EntitlementDetail = Type.Object({
  entitlementId: Type.Integer(),
  publicId: Type.String({ examples: ['ENT-000123'] }),
  orderDate: Type.String({ format: 'date', description: 'The order date (YYYY-MM-DD)' }),
  salesOrder: Type.String(),
  poNumber: NullableText(),
  expiresAt: NullableInstant(
    'When its last license expires; null when one never does (decision 074).',
  ),
  totalAvailable: Type.Integer(),
  licenses: Type.Array(LicenseLine),
});
export type EntitlementDetail = Static<typeof EntitlementDetail>;

/** A feature some license of the organization grants: a choice of the "licenses with feature" filter. */
export const FeatureChoice = Type.Object({
  featureId: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  productName: Type.String(),
});
export type FeatureChoice = Static<typeof FeatureChoice>;

export const FeatureChoices = Type.Array(FeatureChoice);

const ActionText = (description: string) =>
  Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description });

export const ActivateLicenseInput = Type.Object(
  {
    quantity: Type.Integer({ minimum: 1, maximum: 100000 }),
    projectName: ActionText('Project the seats are for'),
    projectManager: ActionText('Who is responsible for them'),
    identifier: ActionText(
      "Serial number, machine fingerprint or domain, by the product's activation kind",
    ),
  },
  { additionalProperties: false },
);
export type ActivateLicenseInput = Static<typeof ActivateLicenseInput>;

export const LicenseActivated = Type.Object({
  activationId: Type.Integer(),
  unactivated: Type.Integer({
    description: 'Seats of the license still free after this activation.',
  }),
});
export type LicenseActivated = Static<typeof LicenseActivated>;

export const ACTIVATION_IDENTIFIER_LABELS: Record<ActivationKind, string> = {
  machine: 'Machine fingerprint',
  domain: 'Domain',
  serial: 'Serial number',
};

export const KEY_REVEAL_PURPOSES = ['reveal', 'copy'] as const;
export const RevealKeyRequest = Type.Object(
  { purpose: StringEnum(KEY_REVEAL_PURPOSES) },
  { additionalProperties: false },
);
export type RevealKeyRequest = Static<typeof RevealKeyRequest>;

export const RevealedKey = Type.Object({
  key: Type.String({ description: 'The license key in clear (the reveal is audited).' }),
});
export type RevealedKey = Static<typeof RevealedKey>;

export const DiagnoseLicenseInput = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 200 }),
    identifier: Type.Optional(
      Type.String({
        maxLength: 255,
        description: 'Machine fingerprint, domain or serial, to check that activation too',
      }),
    ),
    features: Type.Optional(
      Type.Array(Type.String({ pattern: FEATURE_CODE_PATTERN }), {
        maxItems: 50,
        description:
          'Feature codes, to check the license grants them now (as `scope.features` of validate)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type DiagnoseLicenseInput = Static<typeof DiagnoseLicenseInput>;

/** The verdict the software would get, as a checklist: each step with its remedy when it failed. */
export const LicenseDiagnosis = Type.Object({
  valid: Type.Boolean(),
  code: StringEnum(VALIDATION_CODES),
  message: Type.String(),
  remedy: Type.String(),
  license: nullableOutput(
    Type.Object({
      licenseId: Type.Integer(),
      productName: Type.String(),
      entitlementPublicId: Type.String(),
      salesOrder: Type.String(),
      seats: Type.Integer(),
      liveSeats: Type.Integer(),
    }),
  ),
  refusedFeatures: Type.Array(
    Type.Object({
      code: Type.String(),
      name: NullableText('Null when the product declares no feature of this code.'),
      expiresAt: NullableInstant('When a granted feature ended (FEATURE_EXPIRED).'),
    }),
    {
      description:
        'The features a FEATURE_* verdict is about, so the portal can say it in the member’s language (decision 138).',
    },
  ),
  steps: Type.Array(
    Type.Object({
      code: StringEnum(LICENSE_CHECK_CODES),
      check: Type.String(),
      outcome: StringEnum(['passed', 'failed', 'skipped']),
      explanation: NullableText(),
      remedy: NullableText(),
    }),
  ),
  fix: nullableOutput(
    Type.Object(
      {
        activationId: Type.Integer(),
        place: Type.String(),
        quantity: Type.Integer(),
        lastSeenAt: Instant(),
      },
      {
        description:
          'Offered to members who may deactivate, when every seat is taken: the live activation seen longest ago, whose deactivation frees a seat.',
      },
    ),
  ),
});
export type LicenseDiagnosis = Static<typeof LicenseDiagnosis>;
