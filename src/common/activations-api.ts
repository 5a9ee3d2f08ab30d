import { Type, type Static } from 'typebox';
import { ACTIVATION_KINDS } from './activation-kinds.js';
import { GrantedFeatureSchema } from './license-features-schema.js';
import { SignedFile } from './licensing-api.js';
import { LicenseStatusSchema } from './licenses-schema.js';
import {
  DateRangeQuery,
  filterSchema,
  listQuerySchema,
  SearchQuery,
  sortQuery,
} from './list-query-schema.js';
import {
  Instant,
  NullableInstant,
  NullableInteger,
  NullableText,
  PageOf,
  StringEnum,
} from './schema-kit.js';
import { ACTIVATION_SORT_COLUMNS, MAX_DEACTIVATE_AT_ONCE } from './plain-values.js';
export {
  ACTIVATION_SORT_COLUMNS,
  MAX_DEACTIVATE_AT_ONCE,
  MAX_RECLAIM_PREVIEW,
} from './plain-values.js';

export type ActivationSortColumn = (typeof ACTIVATION_SORT_COLUMNS)[number];

/** Live: holds its seats; lapsed: missed its heartbeat (seats free, not deactivated); deactivated: history. */
export const ACTIVATION_STATUSES = ['live', 'lapsed', 'deactivated'] as const;
export type ActivationStatus = (typeof ACTIVATION_STATUSES)[number];

export const ACTIVATION_STATUS_LABELS: Record<ActivationStatus, string> = {
  live: 'Live',
  lapsed: 'Heartbeat missed',
  deactivated: 'Deactivated',
};

const ActivationFilterFields = {
  ...DateRangeQuery,
  ...SearchQuery,
  productId: Type.Optional(
    Type.Integer({ minimum: 1, description: 'Only activations of this product' }),
  ),
  ...sortQuery(ACTIVATION_SORT_COLUMNS, { sort: 'activatedAt', direction: 'desc' }),
};

/** The filters and order of the Activations table; the export takes the same ones. */
export const ActivationFilters = filterSchema(ActivationFilterFields);
export type ActivationFilters = Static<typeof ActivationFilters>;

export const ActivationListQuery = listQuerySchema(ActivationFilterFields);
export type ActivationListQuery = Static<typeof ActivationListQuery>;

export const ActivationItem = Type.Object({
  id: Type.Integer(),
  activatedAt: Instant(),
  productId: Type.Integer(),
  productName: Type.String(),
  projectName: NullableText(),
  projectManager: NullableText(),
  activatedBy: Type.String(),
  entitlementId: Type.String({
    description: 'The entitlement’s public id',
    examples: ['ENT-000123'],
  }),
  serialNumber: NullableText(
    'The serial number a `serial` activation binds (its identifier); null for machines and domains.',
  ),
  kind: StringEnum(ACTIVATION_KINDS),
  identifier: Type.String(),
  hostname: NullableText(),
  platform: NullableText(),
  quantity: Type.Integer(),
  lastHeartbeatAt: NullableInstant(),
  status: StringEnum(ACTIVATION_STATUSES, {
    description: 'live: holds its seats; lapsed: missed its heartbeat; deactivated: history',
  }),
  deactivatedAt: NullableInstant(),
  deactivatedBy: NullableText(),
});
export type ActivationItem = Static<typeof ActivationItem>;

export const ActivationPage = PageOf(ActivationItem);

export const ActivationProductOption = Type.Object({ id: Type.Integer(), name: Type.String() });
export type ActivationProductOption = Static<typeof ActivationProductOption>;

export const ActivationProducts = Type.Object({ products: Type.Array(ActivationProductOption) });
export type ActivationProducts = Static<typeof ActivationProducts>;

/** Everything known about one activation: the binding, its license and entitlement, and its audit trail. */
export const ActivationDetail = Type.Object({
  activation: ActivationItem,
  license: Type.Object({
    id: Type.Integer(),
    seats: Type.Integer(),
    status: LicenseStatusSchema,
    expiresAt: NullableInstant(),
    maxDeactivations: NullableInteger(),
    deactivationPeriodDays: Type.Integer(),
    features: Type.Array(GrantedFeatureSchema, {
      description: 'What the machine’s license unlocks, ended features too.',
    }),
  }),
  entitlement: Type.Object({
    publicId: Type.String(),
    salesOrder: Type.String(),
    poNumber: NullableText(),
  }),
  auditTrail: Type.Array(
    Type.Object({
      id: Type.Integer(),
      occurredAt: Instant(),
      message: Type.String(),
      user: Type.String(),
      ip: NullableText(),
    }),
  ),
});
export type ActivationDetail = Static<typeof ActivationDetail>;

export const DeactivationRequest = Type.Object(
  {
    activationIds: Type.Array(Type.Integer({ minimum: 1 }), {
      minItems: 1,
      maxItems: MAX_DEACTIVATE_AT_ONCE,
    }),
  },
  { additionalProperties: false },
);

export const DeactivationResult = Type.Object({ deactivated: Type.Integer() });
export type DeactivationResult = Static<typeof DeactivationResult>;

/** The machine, domain or serial an activation moves to; its seats and project data stay. */
export const SwapActivationInput = Type.Object(
  {
    identifier: Type.String({
      minLength: 1,
      maxLength: 255,
      pattern: '\\S',
      description: 'The new machine fingerprint, domain or serial',
    }),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    hostname: Type.Optional(Type.String({ maxLength: 255 })),
  },
  { additionalProperties: false },
);
export type SwapActivationInput = Static<typeof SwapActivationInput>;

export const SwapResult = Type.Object({
  activationId: Type.Integer({ description: 'The new activation.' }),
});
export type SwapResult = Static<typeof SwapResult>;

/** What the portal answers for an uploaded offline activation request. */
export const OfflineActivationResult = Type.Object({
  responseFile: Type.Object(SignedFile.properties, {
    description: 'The signed response file, to save as JSON and carry to the air-gapped machine.',
  }),
  fileName: Type.String({ description: 'Suggested name for the saved file.' }),
  qrSvg: Type.String({ description: 'The response file as an SVG QR code.' }),
  licenseFile: Type.Object({
    product: Type.Object({ code: Type.String(), name: Type.String() }),
    entitlement: Type.String(),
    seats: Type.Integer(),
    activation: Type.Object({
      id: Type.Integer(),
      kind: Type.String(),
      identifier: Type.String(),
      quantity: Type.Integer(),
    }),
    issuedAt: Instant(),
    validUntil: Instant(),
  }),
});
export type OfflineActivationResult = Static<typeof OfflineActivationResult>;
