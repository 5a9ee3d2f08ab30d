import { recordAudit } from '../audit/record-audit.js';
import type { AppContext } from '../context.js';
import { inTransaction, type Trx } from '../db/transaction.js';
import { activationEndedOnce, webhookActivation, webhookLicense } from '../webhooks/event-data.js';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event.js';
import { activationAudit, HEARTBEAT_MONITOR, placeOf, seatsPhrase } from './activation-audit.js';
import { deadActivations, organizationsWithDeadActivations } from './dead-activation-queries.js';
import {
  closeActivation,
  findLicense,
  liveSeatsOfLicense,
  lockLicenseRow,
  type ActivationRecord,
  type LicenseRecord,
} from './queries.js';

/**
 * Ends an activation whose heartbeat deadline has passed, at that deadline, by the heartbeat
 * monitor: audited and announced in the caller's transaction, which holds the license's lock.
 * False when it was no longer open (a concurrent deactivation ended it first).
 */
export async function endDeadActivation(
  trx: Trx,
  license: LicenseRecord,
  dead: ActivationRecord,
  now: Date,
  liveSeats: number,
): Promise<boolean> {
  const closed = await closeActivation(trx, dead.id, {
    at: dead.heartbeat_deadline!,
    userId: null,
    label: HEARTBEAT_MONITOR.label,
  });
  if (!closed) return false;
  await recordAudit(
    trx,
    activationAudit('activation.heartbeat_expired', {
      license,
      activation: dead,
      actor: HEARTBEAT_MONITOR,
      at: now,
      message: `${placeOf(dead)} stopped holding ${seatsPhrase(dead.quantity)} of ${license.product_name} after missed heartbeats`,
    }),
  );
  const ended = {
    license: webhookLicense(license),
    activation: webhookActivation(dead),
    seats: { total: license.seats, live: liveSeats },
    endedAt: dead.heartbeat_deadline!,
    endedBy: HEARTBEAT_MONITOR.label,
    reason: 'heartbeat_expired' as const,
  };
  await emitWebhookEvent(
    trx,
    license.organization_id,
    'activation.ended',
    ended,
    now,
    activationEndedOnce(dead.id),
  );
  return true;
}

/** Dead activations read per statement; those of one license end in one short transaction. */
const BATCH = 500;

/**
 * Ends every activation whose heartbeat deadline passed before `deadBefore` and that is still
 * open (decision 160): without it, dead activations stay open until their identifier activates
 * again, and every read of live seats subtracts all of them. Each license's in its own
 * transaction, under its lock, as an activation takes it. Returns how many it ended.
 */
export async function endLongDeadActivations(ctx: AppContext, deadBefore: Date): Promise<number> {
  const cutoff = deadBefore.toISOString();
  let ended = 0;
  for (const organizationId of await organizationsWithDeadActivations(ctx.db, cutoff)) {
    for (;;) {
      const batch = await deadActivations(ctx.db, organizationId, cutoff, BATCH);
      let endedNow = 0;
      for (const [licenseId, dead] of byLicense(batch))
        endedNow += await endDeadOfLicense(ctx, licenseId, dead);
      ended += endedNow;
      // A short batch was the last; one in which nothing ended would come back unchanged.
      if (batch.length < BATCH || endedNow === 0) break;
    }
  }
  return ended;
}

function byLicense(activations: ActivationRecord[]): Map<number, ActivationRecord[]> {
  const groups = new Map<number, ActivationRecord[]>();
  for (const a of activations) groups.set(a.license_id, [...(groups.get(a.license_id) ?? []), a]);
  return groups;
}

function endDeadOfLicense(
  ctx: AppContext,
  licenseId: number,
  dead: ActivationRecord[],
): Promise<number> {
  return inTransaction(ctx.db, async (trx) => {
    const now = ctx.now();
    await lockLicenseRow(trx, { id: licenseId });
    const license = await findLicense(trx, { id: licenseId });
    if (!license) return 0;
    const liveSeats = await liveSeatsOfLicense(trx, licenseId, now.toISOString());
    let ended = 0;
    for (const activation of dead)
      if (await endDeadActivation(trx, license, activation, now, liveSeats)) ended += 1;
    return ended;
  });
}
