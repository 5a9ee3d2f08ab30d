import { Type, type Static } from 'typebox';
import { ACTIVATION_KINDS } from './activation-kinds.js';
import { FEATURE_KINDS } from './license-features.js';
import { GrantedFeatureSchema } from './license-features-schema.js';
import { LICENSE_STATUSES, STORED_LICENSE_STATUSES } from './license-status.js';
import { ArtifactKindSchema } from './downloads-api.js';
import { InvitationCreated } from './members-api.js';
import {
  Instant,
  NullableInstant,
  NullableText,
  nullableOutput,
  PageOf,
  StringEnum,
} from './schema-kit.js';

/**
 * What the vendor API (/api/vendor) answers, one schema per record: the routes serialise with
 * them, the vendor OpenAPI document shows them and the CLI prints the same records.
 */

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
  activationKind: StringEnum(ACTIVATION_KINDS),
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
  kind: StringEnum(FEATURE_KINDS),
  unit: NullableText('What a limit counts, e.g. "max cores".'),
  createdAt: Instant('When the feature was created.'),
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
  status: StringEnum(STORED_LICENSE_STATUSES, { description: 'The status the vendor set.' }),
  effectiveStatus: StringEnum(LICENSE_STATUSES, {
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
  status: StringEnum(['active', 'expired', 'cancelled']),
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

export const VendorArtifact = Type.Object({
  id: Type.Integer(),
  releaseId: Type.Integer(),
  fileName: Type.String({ examples: ['atlas-2026.2.1-win-x64.msi'] }),
  kind: ArtifactKindSchema(),
  platform: Type.String({ examples: ['windows'] }),
  arch: Type.String({ examples: ['x64'] }),
  size: Type.Integer({ description: 'Bytes.' }),
  sha256: Type.String({ description: 'The file’s SHA-256, hex.' }),
  createdAt: Instant('When the file was uploaded.'),
});
export type VendorArtifact = Static<typeof VendorArtifact>;

export const VendorRelease = Type.Object({
  id: Type.Integer(),
  productId: Type.Integer(),
  productCode: Type.String({ examples: ['ATLAS-CAD'] }),
  version: Type.String({ examples: ['2026.2.1'] }),
  channel: Type.String({ examples: ['stable'] }),
  notes: Type.String({ description: 'The changelog, in Markdown.' }),
  publishedAt: Instant('When the release is (or was) published.'),
});
export type VendorRelease = Static<typeof VendorRelease>;

export const VendorReleaseWithArtifacts = Type.Object({
  ...VendorRelease.properties,
  artifacts: Type.Array(VendorArtifact),
});
export type VendorReleaseWithArtifacts = Static<typeof VendorReleaseWithArtifacts>;

export const VendorReleasePage = PageOf(VendorRelease);

/** An Admin invitation sent by the vendor (the portal's invitation record). */
export const VendorInvitationSent = InvitationCreated;

export const MAIL_DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const;

/** An email and its attempts (decisions 101, 140); its message is never shown and is dropped once done. */
export const VendorMailDelivery = Type.Object({
  id: Type.Integer(),
  recipient: Type.String(),
  subject: Type.String(),
  status: StringEnum(MAIL_DELIVERY_STATUSES),
  attempts: Type.Integer(),
  nextAttemptAt: NullableInstant('When the next attempt runs (pending only).'),
  lastError: NullableText('Why the last attempt failed.'),
  createdAt: Instant('When the email was queued.'),
  sentAt: NullableInstant('When the mail server took it.'),
});
export type VendorMailDelivery = Static<typeof VendorMailDelivery>;

export const VendorMailDeliveryList = Type.Object({ items: Type.Array(VendorMailDelivery) });

/** A vendor API token as the CLI lists it (never the token itself). */
export const VendorApiToken = Type.Object({
  id: Type.Integer(),
  name: Type.String({ examples: ['erp'] }),
  createdAt: Instant('When the token was created.'),
  lastUsedAt: NullableInstant('Last request with it (noted at most once a minute).'),
  revokedAt: NullableInstant('When it was revoked; null = valid.'),
});
export const VendorApiTokenList = Type.Array(VendorApiToken);

/** A new token: the only time it is shown in clear. */
export const VendorApiTokenCreated = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  createdAt: Instant('When the token was created.'),
  token: Type.String({ description: 'Send as Authorization: Bearer <token>; shown once.' }),
});
