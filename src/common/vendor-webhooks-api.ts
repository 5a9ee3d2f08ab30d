import { Type } from 'typebox';
import { nullableOutput, PageOf } from './schema-kit.js';
import { WEBHOOK_EVENT_TYPES, WebhookMessage } from './webhook-events.js';

/** What the vendor API's webhook operations answer (decision 128; docs/webhooks.md). */

const Instant = (description: string) => Type.String({ format: 'date-time', description });
const NullableInstant = (description: string) =>
  nullableOutput(Type.String({ format: 'date-time', description }));
const NullableText = (description: string) => nullableOutput(Type.String({ description }));

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;

export const VendorWebhookEndpoint = Type.Object({
  id: Type.Integer(),
  receiverUrl: Type.String({
    description: 'Where deliveries are POSTed.',
    examples: ['https://erp.example.com/hooks/portal'],
  }),
  description: Type.String(),
  events: Type.Array(Type.Enum(WEBHOOK_EVENT_TYPES), { examples: [['activation.created']] }),
  enabled: Type.Boolean({ description: 'A disabled endpoint keeps its deliveries waiting.' }),
  previousSecretValidUntil: NullableInstant(
    'After a rotation, until when deliveries are signed with the old secret too.',
  ),
  createdAt: Instant('When the endpoint was registered.'),
  updatedAt: Instant('When it was last changed.'),
});

export const VendorWebhookEndpointWithSecret = Type.Object({
  ...VendorWebhookEndpoint.properties,
  secret: Type.String({
    description: 'The signing secret (Standard Webhooks). Shown only in this answer: store it now.',
    examples: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
  }),
});

export const VendorWebhookEndpointList = Type.Object({ items: Type.Array(VendorWebhookEndpoint) });

export const VendorWebhookEndpointDeleted = Type.Object({
  deleted: Type.Literal(true),
  endpoint: VendorWebhookEndpoint,
});

export const VendorWebhookDelivery = Type.Object({
  id: Type.Integer(),
  endpointId: Type.Integer(),
  messageId: Type.String({
    description: 'The webhook-id header: the same for every attempt and redelivery.',
    examples: ['msg_2f1c0e6b9d4a4c1e8b7a5d3f0c9e1a2b'],
  }),
  eventType: Type.Enum(WEBHOOK_EVENT_TYPES),
  organizationId: Type.Integer(),
  status: Type.Enum(WEBHOOK_DELIVERY_STATUSES, {
    description: 'pending (due at nextAttemptAt), delivered (a 2xx answer) or failed (given up).',
  }),
  attempts: Type.Integer({ description: 'Attempts made so far.' }),
  nextAttemptAt: NullableInstant('When it is tried next; null once delivered or failed.'),
  lastStatusCode: nullableOutput(
    Type.Integer({ description: 'The HTTP status of the last attempt; null when none came.' }),
  ),
  lastError: NullableText('Why the last attempt failed.'),
  redeliveryOf: nullableOutput(
    Type.Integer({ description: 'The delivery this one repeats (manual redeliver).' }),
  ),
  createdAt: Instant('When the event was queued for this endpoint.'),
  deliveredAt: NullableInstant('When a 2xx answer came.'),
});

export const VendorWebhookDeliveryPage = PageOf(VendorWebhookDelivery);

export const VendorWebhookAttempt = Type.Object({
  attempt: Type.Integer({ description: '1 for the first attempt.' }),
  attemptedAt: Instant('When it was sent.'),
  statusCode: nullableOutput(
    Type.Integer({ description: 'The receiver’s HTTP status; null when it did not answer.' }),
  ),
  durationMs: Type.Integer({ description: 'Until the answer, the error or the time-out.' }),
  error: NullableText('Why it failed; null for a 2xx answer.'),
  nextAttemptAt: NullableInstant('The retry it scheduled; null when none.'),
});

export const VendorWebhookDeliveryDetail = Type.Object({
  ...VendorWebhookDelivery.properties,
  payload: WebhookMessage,
  history: Type.Array(VendorWebhookAttempt, { description: 'Every attempt, oldest first.' }),
});
