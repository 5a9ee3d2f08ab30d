import { Type, type Static } from 'typebox';
import { ACTIVATION_KINDS } from './activation-kinds.js';
import { FEATURE_KINDS } from './license-features.js';
import { LICENSE_STATUSES, STORED_LICENSE_STATUSES } from './license-status.js';
import { nullableOutput, PageOf } from './schema-kit.js';

/**
 * What the vendor API (/api/vendor) answers, one schema per record: the routes serialise with
 * them, the vendor OpenAPI document shows them and the CLI prints the same records.
 */

const Instant = (description: string) => Type.String({ format: 'date-time', description });
const NullableInstant = (description: string) =>
  nullableOutput(Type.String({ format: 'date-time', description }));
const NullableText = (description: string) => nullableOutput(Type.String({ description }));

export const VendorOrganization = Type.Object({
  id: Type.Integer(),
  name: Type.String({ examples: ['Acme Tooling GmbH'] }),
  slug: Type.String({ examples: ['acme-tooling-gmbh'] }),
  createdAt: Instant('When the organization was created.'),
});
export type VendorOrganization = Static<typeof VendorOrganization>;

export const VendorProduct = Type.Object({
  id: Type.Integer(),
  code: Type.String({ examples: ['ATLAS-CAD'] }),
  name: Type.String({ examples: ['Atlas CAD'] }),
  licenseType: Type.String({ examples: ['Subscription'] }),
  deploymentType: Type.String({ examples: ['On-premises'] }),
  activationKind: Type.Enum(ACTIVATION_KINDS),
  heartbeatIntervalSeconds: nullableOutput(
    Type.Integer({ description: 'How often activations check in; null = no heartbeat.' }),
  ),
  identifierRequired: Type.Boolean(),
  description: Type.String(),
  supportEmail: NullableText('Support email of the product.'),
  supportUrl: NullableText('Support page of the product.'),
  renewalEmail: NullableText('Where renewal requests of the product go.'),
  createdAt: Instant('When the product was created.'),
});
export type VendorProduct = Static<typeof VendorProduct>;

export const VendorFeature = Type.Object({
  id: Type.Integer(),
  productId: Type.Integer(),
  code: Type.String({ examples: ['fea-solver'] }),
  name: Type.String({ examples: ['Solver'] }),
  description: Type.String({ description: 'What the feature unlocks.' }),
  kind: Type.Enum(FEATURE_KINDS),
  unit: NullableText('What a limit counts, e.g. "max cores".'),
  createdAt: Instant('When the feature was created.'),
});

export const GrantedFeatureSchema = Type.Object({
  code: Type.String({ examples: ['fea-solver'] }),
  name: Type.String(),
  kind: Type.Enum(FEATURE_KINDS),
  unit: NullableText('What the limit counts; null for on/off features.'),
  limit: nullableOutput(Type.Integer({ description: 'The number the software enforces.' })),
  expiresAt: NullableInstant('When the grant ends; null = with the license.'),
});

export const VendorLicense = Type.Object({
  id: Type.Integer(),
  organizationId: Type.Integer(),
  entitlementId: Type.Integer(),
  entitlement: Type.String({
    description: 'The entitlement’s public id.',
    examples: ['ENT-000123'],
  }),
  productCode: Type.String({ examples: ['ATLAS-CAD'] }),
  key: Type.String({
    description: 'The license key in clear, for the vendor to deliver.',
    examples: ['7KQ2M-XH4PD-ZR9WT-C3NVB-L8FJA'],
  }),
  seats: Type.Integer({ minimum: 1 }),
  liveSeats: Type.Integer({ description: 'Seats held by live activations.' }),
  status: Type.Enum(STORED_LICENSE_STATUSES, { description: 'The status the vendor set.' }),
  effectiveStatus: Type.Enum(LICENSE_STATUSES, {
    description: 'Suspended/revoked, else expired, else expiring soon (30 days), else active.',
  }),
  expiresAt: NullableInstant('When the license expires; null = never.'),
  maxDeactivations: nullableOutput(
    Type.Integer({ description: 'Deactivations allowed per period; null = no limit.' }),
  ),
  deactivationPeriodDays: Type.Integer(),
  createdAt: Instant('When the license was created.'),
});
export type VendorLicense = Static<typeof VendorLicense>;

export const VendorLicenseWithFeatures = Type.Object({
  ...VendorLicense.properties,
  features: Type.Array(GrantedFeatureSchema, { description: 'What the license grants.' }),
});

export const VendorEntitlement = Type.Object({
  id: Type.Integer(),
  publicId: Type.String({ examples: ['ENT-000123'] }),
  organizationId: Type.Integer(),
  salesOrder: Type.String({ examples: ['SO-2026-0042'] }),
  poNumber: NullableText('The customer’s purchase order number.'),
  orderDate: Type.String({ format: 'date', description: 'The order date (YYYY-MM-DD).' }),
  expiresOn: nullableOutput(
    Type.String({ format: 'date', description: 'When the entitlement ends; null = never.' }),
  ),
  status: Type.Enum(['active', 'expired', 'cancelled']),
  createdAt: Instant('When the entitlement was created.'),
});
export type VendorEntitlement = Static<typeof VendorEntitlement>;

export const VendorEntitlementWithLicenses = Type.Object({
  ...VendorEntitlement.properties,
  licenses: Type.Array(VendorLicense),
});
export type VendorEntitlementWithLicenses = Static<typeof VendorEntitlementWithLicenses>;

export const VendorOrganizationPage = PageOf(VendorOrganization);
export const VendorProductPage = PageOf(VendorProduct);
export const VendorLicensePage = PageOf(VendorLicense);
export const VendorEntitlementPage = PageOf(VendorEntitlement);
export const VendorFeatureList = Type.Object({ items: Type.Array(VendorFeature) });

/** The global support contact and renewal address (decision 092); a product's own ones win. */
export const VendorSupportContact = Type.Object({
  supportEmail: NullableText('Support email for every product without its own.'),
  supportUrl: NullableText('Support page for every product without its own.'),
  renewalEmail: NullableText('Where renewal requests go for every product without its own.'),
});

export const VendorFeatureDeleted = Type.Object({
  deleted: Type.Literal(true),
  feature: VendorFeature,
});
