import type { WebhookEventType, WebhookMessage } from '../../../../common/webhook-events.js';
import type { AppContext } from '../../../context.js';
import type { Row } from '../../../db/schema.js';
import type { WebhookDeliveryStatus } from '../../../db/schema/events.js';
import { inTransaction } from '../../../db/transaction.js';
import { badRequest, notFound } from '../../../errors.js';
import { toPage } from '../../../http/pagination.js';
import * as endpoints from '../../../webhooks/endpoint-queries.js';
import * as outbox from '../../../webhooks/outbox-queries.js';
import { receiverUrlProblem } from '../../../webhooks/receiver-url.js';
import {
  newWebhookSecret,
  PREVIOUS_SECRET_HOURS,
  webhookSecretBox,
} from '../../../webhooks/webhook-secrets.js';
import { pageRequest } from '../common-schemas.js';
import { invalidTransition } from '../conflict.js';

export interface EndpointFields {
  receiverUrl?: string;
  events?: WebhookEventType[];
  description?: string;
  enabled?: boolean;
}

/** Never the secret: it is shown once, when created or rotated. */
function presentEndpoint(row: Row<'webhook_endpoints'>) {
  return {
    id: row.id,
    receiverUrl: row.url,
    description: row.description,
    events: JSON.parse(row.events) as WebhookEventType[],
    enabled: row.enabled === 1,
    previousSecretValidUntil: row.previous_secret_until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The delivery's record, without the endpoint's secrets or the message body. */
function presentDelivery(row: outbox.DeliveryWithMessage) {
  return {
    id: row.id,
    endpointId: row.endpoint_id,
    messageId: row.message_id,
    eventType: row.event_type as WebhookEventType,
    organizationId: row.organization_id,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    redeliveryOf: row.redelivery_of,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
  };
}

function checkUrl(url: string | undefined): void {
  const problem = url === undefined ? null : receiverUrlProblem(url);
  if (problem) throw badRequest(`The webhook URL ${problem}.`, { receiverUrl: problem });
}

async function loadEndpoint(ctx: AppContext, id: number) {
  const row = await endpoints.findEndpoint(ctx.db, id);
  if (!row) throw notFound('webhook endpoint');
  return row;
}

/** Registers an endpoint with a new secret, returned in clear this once and stored sealed. */
export async function createEndpoint(
  ctx: AppContext,
  fields: Required<Pick<EndpointFields, 'receiverUrl' | 'events'>> & EndpointFields,
) {
  checkUrl(fields.receiverUrl);
  const secret = newWebhookSecret();
  const now = ctx.now().toISOString();
  const id = await endpoints.insertEndpoint(ctx.db, {
    url: fields.receiverUrl,
    description: fields.description ?? '',
    events: JSON.stringify(fields.events),
    enabled: fields.enabled === false ? 0 : 1,
    secret_ciphertext: webhookSecretBox(ctx.secrets).seal(secret),
    created_at: now,
    updated_at: now,
  });
  return { ...presentEndpoint(await loadEndpoint(ctx, id)), secret };
}

export async function listEndpoints(ctx: AppContext) {
  return { items: (await endpoints.listEndpoints(ctx.db)).map(presentEndpoint) };
}

export async function getEndpoint(ctx: AppContext, id: number) {
  return presentEndpoint(await loadEndpoint(ctx, id));
}

/** Changes URL, events, description or enabled; pending deliveries go to the new URL. */
export async function updateEndpoint(ctx: AppContext, id: number, fields: EndpointFields) {
  checkUrl(fields.receiverUrl);
  await loadEndpoint(ctx, id);
  await endpoints.updateEndpoint(ctx.db, id, {
    url: fields.receiverUrl,
    description: fields.description,
    events: fields.events && JSON.stringify(fields.events),
    enabled: fields.enabled === undefined ? undefined : fields.enabled ? 1 : 0,
    updated_at: ctx.now().toISOString(),
  });
  return getEndpoint(ctx, id);
}

/** Removes the endpoint with its deliveries and their attempts. */
export async function deleteEndpoint(ctx: AppContext, id: number) {
  const endpoint = presentEndpoint(await loadEndpoint(ctx, id));
  await endpoints.deleteEndpoint(ctx.db, id);
  return { deleted: true as const, endpoint };
}

/**
 * A new secret, returned in clear this once. The old one keeps signing (a second signature
 * in the same header) for PREVIOUS_SECRET_HOURS, so the receiver can switch without a gap.
 */
export async function rotateSecret(ctx: AppContext, id: number) {
  const endpoint = await loadEndpoint(ctx, id);
  const now = ctx.now();
  const secret = newWebhookSecret();
  await endpoints.updateEndpoint(ctx.db, id, {
    secret_ciphertext: webhookSecretBox(ctx.secrets).seal(secret),
    previous_secret_ciphertext: endpoint.secret_ciphertext,
    previous_secret_until: new Date(
      now.getTime() + PREVIOUS_SECRET_HOURS * 3_600_000,
    ).toISOString(),
    updated_at: now.toISOString(),
  });
  return { ...(await getEndpoint(ctx, id)), secret };
}

export async function listDeliveries(
  ctx: AppContext,
  endpointId: number,
  query: { status?: WebhookDeliveryStatus; cursor?: string; limit?: number },
) {
  await loadEndpoint(ctx, endpointId);
  const page = pageRequest(query);
  const rows = await outbox.listDeliveriesOfEndpoint(ctx.db, endpointId, query, page);
  return toPage(
    rows,
    page.limit,
    (row) => ({ sortValue: row.created_at, id: row.id }),
    presentDelivery,
  );
}

/** A delivery with the message it sends and every attempt. */
export async function getDelivery(ctx: AppContext, id: number) {
  const row = await outbox.findDelivery(ctx.db, id);
  if (!row) throw notFound('webhook delivery');
  const attempts = await outbox.attemptsOf(ctx.db, id);
  return {
    ...presentDelivery(row),
    // Written by the outbox from a WebhookMessage (webhooks/outbox-queries.ts).
    payload: JSON.parse(row.payload) as WebhookMessage,
    history: attempts.map((attempt) => ({
      attempt: attempt.attempt,
      attemptedAt: attempt.attempted_at,
      statusCode: attempt.status_code,
      durationMs: attempt.duration_ms,
      error: attempt.error,
      nextAttemptAt: attempt.next_attempt_at,
    })),
  };
}

/**
 * Sends a delivered or failed delivery's message again, as a new delivery due now with a
 * fresh day of retries and the same webhook-id (so receivers can tell it is a repeat).
 */
export async function redeliver(ctx: AppContext, id: number) {
  const newId = await inTransaction(ctx.db, async (trx) => {
    const original = await outbox.findDelivery(trx, id);
    if (!original) throw notFound('webhook delivery');
    if (original.status === 'pending')
      throw invalidTransition(
        `The delivery is still pending (next attempt at ${original.next_attempt_at}); redeliver it once it is delivered or failed.`,
      );
    return outbox.insertRedelivery(trx, original, ctx.now().toISOString());
  });
  return getDelivery(ctx, newId);
}
