import { randomUUID } from 'node:crypto';
import type { WebhookEventData, WebhookEventType } from '../../common/webhook-events.js';
import type { Trx } from '../db/transaction.js';
import { endpointsSubscribedTo } from './endpoint-queries.js';
import { insertDeliveries, insertEvent } from './outbox-queries.js';

/**
 * Queues a webhook event in the transaction of the change that caused it (the outbox,
 * decision 128): it is delivered by the background sender after the commit, or never if the
 * change rolls back. Writes nothing when no enabled endpoint subscribed to `type`. With
 * `onceKey`, an event is queued once per key (jobs that find the same expiry on every run).
 * It never sends anything itself, so a slow receiver cannot slow the request. `data` may be
 * a function, for data that costs a query: it is called only when someone subscribed.
 */
export async function emitWebhookEvent<T extends WebhookEventType>(
  trx: Trx,
  organizationId: number,
  type: T,
  data: WebhookEventData<T> | (() => Promise<WebhookEventData<T>>),
  at: Date,
  onceKey?: string,
): Promise<void> {
  const endpoints = await endpointsSubscribedTo(trx, type);
  if (endpoints.length === 0) return;
  const now = at.toISOString();
  const content = typeof data === 'function' ? await data() : data;
  const eventId = await insertEvent(trx, {
    message_id: `msg_${randomUUID().replaceAll('-', '')}`,
    organization_id: organizationId,
    type,
    payload: JSON.stringify({ type, timestamp: now, data: { organizationId, ...content } }),
    once_key: onceKey ?? null,
    created_at: now,
  });
  if (eventId === null) return;
  await insertDeliveries(
    trx,
    endpoints.map((endpoint) => ({
      event_id: eventId,
      endpoint_id: endpoint.id,
      status: 'pending' as const,
      next_attempt_at: now,
      created_at: now,
    })),
  );
}
