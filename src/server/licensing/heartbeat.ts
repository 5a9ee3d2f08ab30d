import type { AppContext } from '../context.js';
import type { Trx } from '../db/transaction.js';
import { findOpenActivationFor, type ActivationTarget } from './find-activation.js';
import { heartbeatDeadline } from './liveness.js';
import { touchHeartbeat } from './queries.js';
import { refusal } from './refusal.js';

/**
 * Records that the activation is alive and moves its deadline one interval on (or to
 * `until`, for an offline lease). A dead activation cannot beat again: it must activate anew.
 */
export async function recordHeartbeat(
  ctx: AppContext,
  input: { target: ActivationTarget; until?: Date },
  trx?: Trx,
): Promise<{ lastHeartbeatAt: string; heartbeatDeadline: string | null }> {
  const db = trx ?? ctx.db;
  const now = ctx.now();
  const { license, activation } = await findOpenActivationFor(db, input.target);
  const deadline =
    input.until?.toISOString() ?? heartbeatDeadline(license.heartbeat_interval_seconds, now);
  if (!(await touchHeartbeat(db, activation.id, now.toISOString(), deadline)))
    throw refusal('HEARTBEAT_DEAD');
  return { lastHeartbeatAt: now.toISOString(), heartbeatDeadline: deadline };
}
