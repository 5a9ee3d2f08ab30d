import type { Db } from '../db/database.js';
import type { NewRow } from '../db/schema.js';
import type { WebhookDeliveryStatus } from '../db/schema/events.js';
import { keysetPage, type KeysetPosition } from '../db/list-queries.js';

// The outbox (decision 128): events, their deliveries to endpoints, and each attempt.

/**
 * Writes an event in the caller's transaction. With a once key, only the first event of
 * that key is written (null is returned for a repeat, from any instance).
 */
export async function insertEvent(
  trx: Db,
  values: NewRow<'webhook_events'>,
): Promise<number | null> {
  const row = await trx
    .insertInto('webhook_events')
    .values(values)
    .onConflict((oc) => oc.column('once_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function insertDeliveries(
  trx: Db,
  rows: NewRow<'webhook_deliveries'>[],
): Promise<void> {
  if (rows.length > 0) await trx.insertInto('webhook_deliveries').values(rows).execute();
}

/** A delivery with what sending it needs: the event's message and the endpoint's URL and secrets. */
function deliveriesWithMessage(db: Db) {
  return db
    .selectFrom('webhook_deliveries')
    .innerJoin('webhook_events', 'webhook_events.id', 'webhook_deliveries.event_id')
    .innerJoin('webhook_endpoints', 'webhook_endpoints.id', 'webhook_deliveries.endpoint_id')
    .selectAll('webhook_deliveries')
    .select([
      'webhook_events.message_id',
      'webhook_events.type as event_type',
      'webhook_events.organization_id',
      'webhook_events.payload',
      'webhook_endpoints.url',
      'webhook_endpoints.secret_ciphertext',
      'webhook_endpoints.previous_secret_ciphertext',
      'webhook_endpoints.previous_secret_until',
    ]);
}

export type DeliveryWithMessage = Awaited<ReturnType<typeof dueDeliveries>>[number];

/** Pending deliveries due by `now` to enabled endpoints, oldest first. */
export function dueDeliveries(db: Db, now: string, limit: number) {
  return deliveriesWithMessage(db)
    .where('webhook_deliveries.status', '=', 'pending')
    .where('webhook_deliveries.next_attempt_at', '<=', now)
    .where('webhook_endpoints.enabled', '=', 1)
    .orderBy('webhook_deliveries.next_attempt_at')
    .orderBy('webhook_deliveries.id')
    .limit(limit)
    .execute();
}

/** Records an attempt and its outcome on the delivery (in one transaction). */
export async function recordAttempt(
  trx: Db,
  attempt: NewRow<'webhook_attempts'>,
  delivery: {
    status: WebhookDeliveryStatus;
    firstAttemptAt: string;
    deliveredAt: string | null;
  },
): Promise<void> {
  await trx.insertInto('webhook_attempts').values(attempt).execute();
  await trx
    .updateTable('webhook_deliveries')
    .set({
      status: delivery.status,
      attempts: attempt.attempt,
      first_attempt_at: delivery.firstAttemptAt,
      next_attempt_at: attempt.next_attempt_at ?? null,
      last_status_code: attempt.status_code ?? null,
      last_error: attempt.error ?? null,
      delivered_at: delivery.deliveredAt,
    })
    .where('id', '=', attempt.delivery_id)
    .execute();
}

export function findDelivery(db: Db, id: number) {
  return deliveriesWithMessage(db).where('webhook_deliveries.id', '=', id).executeTakeFirst();
}

/** An endpoint's deliveries, newest first. */
export function listDeliveriesOfEndpoint(
  db: Db,
  endpointId: number,
  filter: { status?: WebhookDeliveryStatus },
  page: { position?: KeysetPosition; limit: number },
) {
  const query = deliveriesWithMessage(db)
    .where('webhook_deliveries.endpoint_id', '=', endpointId)
    .$if(filter.status !== undefined, (qb) =>
      qb.where('webhook_deliveries.status', '=', filter.status!),
    );
  return keysetPage(
    query,
    { sortBy: 'webhook_deliveries.created_at', id: 'webhook_deliveries.id', direction: 'desc' },
    page.position,
    page.limit,
  ).execute();
}

export function attemptsOf(db: Db, deliveryId: number) {
  return db
    .selectFrom('webhook_attempts')
    .selectAll()
    .where('delivery_id', '=', deliveryId)
    .orderBy('attempt')
    .execute();
}

export async function insertRedelivery(
  db: Db,
  original: { id: number; event_id: number; endpoint_id: number },
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('webhook_deliveries')
    .values({
      event_id: original.event_id,
      endpoint_id: original.endpoint_id,
      status: 'pending',
      next_attempt_at: now,
      redelivery_of: original.id,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
