import { Type, type Static } from 'typebox';
import { ACTIVATION_KINDS } from './activation-kinds.js';
import { ROLES } from './roles.js';
import { nullableOutput } from './schema-kit.js';

/**
 * The events a vendor's webhook endpoint can subscribe to, and the `data` each one carries
 * (docs/webhooks.md, decision 128). The schemas type `emitWebhookEvent` and document the payloads.
 *
 * Hook for further events (SSO and SCIM changes, issue 22): add the type to WEBHOOK_EVENT_TYPES,
 * its data schema to WEBHOOK_EVENT_DATA, a line to docs/webhooks.md, and call
 * `emitWebhookEvent(trx, organizationId, 'sso.…', data, now)` in the transaction of the change.
 */
export const WEBHOOK_EVENT_TYPES = [
  'activation.created',
  'activation.ended',
  'seats.exhausted',
  'license.expiring',
  'license.expired',
  'license.suspended',
  'member.joined',
  'member.left',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

const Instant = (description: string) => Type.String({ format: 'date-time', description });
const NullableText = (description: string) => nullableOutput(Type.String({ description }));

/** The license an event is about, as the vendor knows it. */
export const WebhookLicense = Type.Object({
  id: Type.Integer(),
  entitlement: Type.String({
    description: 'The entitlement’s public id.',
    examples: ['ENT-000123'],
  }),
  productCode: Type.String({ examples: ['ATLAS-CAD'] }),
  keyLast4: Type.String({ description: 'The last four characters of the key.' }),
});
export type WebhookLicense = Static<typeof WebhookLicense>;

const Seats = Type.Object({
  total: Type.Integer({ description: 'Seats the license has.' }),
  live: Type.Integer({ description: 'Seats live activations hold after the event.' }),
});

const Activation = Type.Object({
  id: Type.Integer(),
  kind: Type.Enum(ACTIVATION_KINDS),
  identifier: Type.String({ description: 'Fingerprint, domain or serial, normalized.' }),
  quantity: Type.Integer({ description: 'Seats it holds.' }),
  hostname: NullableText('Host name the software reported.'),
  activatedAt: Instant('When it was activated.'),
  activatedBy: Type.String({
    description: 'Who activated it: a member, or "Software" (the licensing API).',
  }),
});

const Member = Type.Object({
  userId: Type.Integer(),
  email: Type.String({ format: 'email' }),
  role: Type.Enum(ROLES),
});

export const WEBHOOK_EVENT_DATA = {
  'activation.created': Type.Object({
    license: WebhookLicense,
    activation: Activation,
    seats: Seats,
  }),
  'activation.ended': Type.Object({
    license: WebhookLicense,
    activation: Activation,
    seats: Seats,
    endedAt: Instant('When it stopped holding seats.'),
    endedBy: Type.String({ description: 'Who ended it.' }),
    reason: Type.Enum(['deactivated', 'heartbeat_expired'], {
      description: 'Deactivated by a member or the software, or ended after missed heartbeats.',
    }),
  }),
  'seats.exhausted': Type.Object({ license: WebhookLicense, seats: Seats }),
  'license.expiring': Type.Object({
    license: WebhookLicense,
    expiresAt: Instant('When the license expires.'),
    threshold: Type.Enum([30, 15, 1], {
      description: 'The reminder: within 30 days, within 15 days, within 1 day.',
    }),
  }),
  'license.expired': Type.Object({
    license: WebhookLicense,
    expiresAt: Instant('When it expired.'),
  }),
  'license.suspended': Type.Object({
    license: WebhookLicense,
    suspendedBy: Type.String({ description: 'The vendor token or CLI that suspended it.' }),
    reason: NullableText('The reason given, if any.'),
  }),
  'member.joined': Type.Object({
    member: Member,
    via: Type.Enum(['invitation', 'scim', 'sso'], {
      description:
        'An accepted invitation, the IdP’s SCIM provisioning, or a first single sign-on.',
    }),
  }),
  'member.left': Type.Object({
    member: Member,
    removedBy: Type.String({ description: 'Who removed them (themselves when they left).' }),
  }),
} satisfies Record<WebhookEventType, unknown>;

export type WebhookEventData<T extends WebhookEventType> = Static<(typeof WEBHOOK_EVENT_DATA)[T]>;

/** The JSON body of every delivery (the Standard Webhooks payload shape). */
export const WebhookMessage = Type.Object({
  type: Type.Enum(WEBHOOK_EVENT_TYPES),
  timestamp: Instant('When the event happened.'),
  data: Type.Object(
    { organizationId: Type.Integer({ description: 'The customer organization.' }) },
    { additionalProperties: true, description: 'The event’s data (docs/webhooks.md).' },
  ),
});
export type WebhookMessage = Static<typeof WebhookMessage>;
