import { Type } from 'typebox';
import { WEBHOOK_EVENT_TYPES } from '../../../../common/webhook-events.js';
import {
  VendorWebhookDeliveryDetail,
  VendorWebhookDeliveryPage,
  VendorWebhookEndpoint,
  VendorWebhookEndpointDeleted,
  VendorWebhookEndpointList,
  VendorWebhookEndpointWithSecret,
  WEBHOOK_DELIVERY_STATUSES,
} from '../../../../common/vendor-webhooks-api.js';
import { PageQuery } from '../../../http/pagination.js';
import { runWebhookJob } from '../../../webhooks/webhook-scheduler.js';
import { IdParams } from '../common-schemas.js';
import { defineOperation } from '../operation.js';
import {
  createEndpoint,
  deleteEndpoint,
  getDelivery,
  getEndpoint,
  listDeliveries,
  listEndpoints,
  redeliver,
  rotateSecret,
  updateEndpoint,
} from './service.js';

const EndpointFields = {
  // Not `url`: the CLI's own --url names the server to call (global-options.ts).
  receiverUrl: Type.String({
    pattern: '^https?://\\S+$',
    maxLength: 2000,
    description: 'Where deliveries are POSTed (http or https, no credentials).',
  }),
  events: Type.Array(Type.Enum(WEBHOOK_EVENT_TYPES), {
    minItems: 1,
    maxItems: WEBHOOK_EVENT_TYPES.length,
    uniqueItems: true,
    description: 'The events to receive (docs/webhooks.md).',
  }),
  description: Type.String({ maxLength: 500, description: 'What the endpoint is for.' }),
  enabled: Type.Boolean({
    description:
      'false: no new events are queued for it and its pending deliveries wait (default true).',
  }),
};

/** Webhooks for the vendor (decision 128, docs/webhooks.md): endpoints, deliveries, attempts. */
export const webhookOperations = [
  defineOperation({
    command: 'webhook create',
    summary:
      'Register a webhook endpoint for some events; answers its signing secret, shown only once',
    route: { method: 'POST', url: '/webhooks', status: 201 },
    body: Type.Object({
      receiverUrl: EndpointFields.receiverUrl,
      events: EndpointFields.events,
      description: Type.Optional(EndpointFields.description),
      enabled: Type.Optional(EndpointFields.enabled),
    }),
    response: VendorWebhookEndpointWithSecret,
    run: (ctx, { body }) => createEndpoint(ctx, body),
  }),
  defineOperation({
    command: 'webhook list',
    summary: 'The webhook endpoints, oldest first (never their secrets)',
    route: { method: 'GET', url: '/webhooks' },
    response: VendorWebhookEndpointList,
    run: (ctx) => listEndpoints(ctx),
  }),
  defineOperation({
    command: 'webhook get',
    summary: 'Read a webhook endpoint',
    route: { method: 'GET', url: '/webhooks/:id' },
    params: IdParams,
    response: VendorWebhookEndpoint,
    run: (ctx, { params }) => getEndpoint(ctx, params.id),
  }),
  defineOperation({
    command: 'webhook update',
    summary: 'Change a webhook endpoint’s URL, events, description or enabled',
    route: { method: 'PATCH', url: '/webhooks/:id' },
    params: IdParams,
    body: Type.Partial(Type.Object(EndpointFields), { minProperties: 1 }),
    response: VendorWebhookEndpoint,
    run: (ctx, { params, body }) => updateEndpoint(ctx, params.id, body),
  }),
  defineOperation({
    command: 'webhook delete',
    summary: 'Remove a webhook endpoint with its deliveries and their attempts',
    route: { method: 'DELETE', url: '/webhooks/:id' },
    params: IdParams,
    response: VendorWebhookEndpointDeleted,
    run: (ctx, { params }) => deleteEndpoint(ctx, params.id),
  }),
  defineOperation({
    command: 'webhook rotate-secret',
    summary:
      'Give an endpoint a new signing secret, shown only once; the old one also signs for 24 hours',
    route: { method: 'POST', url: '/webhooks/:id/rotate-secret' },
    params: IdParams,
    response: VendorWebhookEndpointWithSecret,
    run: (ctx, { params }) => rotateSecret(ctx, params.id),
  }),
  defineOperation({
    command: 'webhook deliveries',
    summary: 'An endpoint’s deliveries, newest first, with their status and last attempt',
    route: { method: 'GET', url: '/webhooks/:id/deliveries' },
    params: IdParams,
    query: Type.Object({
      status: Type.Optional(Type.Enum(WEBHOOK_DELIVERY_STATUSES)),
      ...PageQuery,
    }),
    response: VendorWebhookDeliveryPage,
    run: (ctx, { params, query }) => listDeliveries(ctx, params.id, query),
  }),
  defineOperation({
    command: 'webhook delivery',
    summary: 'Read a delivery: the message it sends and every attempt (status, duration, error)',
    route: { method: 'GET', url: '/webhook-deliveries/:id' },
    params: IdParams,
    response: VendorWebhookDeliveryDetail,
    run: (ctx, { params }) => getDelivery(ctx, params.id),
  }),
  defineOperation({
    command: 'webhook redeliver',
    summary:
      'Send a delivered or failed delivery again, as a new delivery with the same webhook-id (409 while pending)',
    route: { method: 'POST', url: '/webhook-deliveries/:id/redeliver', status: 201 },
    params: IdParams,
    response: VendorWebhookDeliveryDetail,
    run: (ctx, { params }) => redeliver(ctx, params.id),
  }),
  defineOperation({
    command: 'webhook send-due',
    summary:
      'Send the deliveries that are due now, once (for WEBHOOK_POLL_SECONDS=0, e.g. from cron)',
    response: Type.Object({
      ran: Type.Boolean({ description: 'False when another process holds the job’s lease.' }),
    }),
    run: async (ctx) => ({ ran: await runWebhookJob(ctx, 0) }),
  }),
];
