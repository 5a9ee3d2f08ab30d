import type { ExpressionBuilder } from 'kysely';
import type { HeartbeatState } from '../../common/license-validation.js';
import type { Database } from '../db/schema.js';

/**
 * Extra time a heartbeat may be late before its activation stops counting as live
 * (docs/decisions/011-heartbeat-liveness.md).
 */
export const HEARTBEAT_GRACE_SECONDS = 300;

/** When an activation beating at `from` stops counting as live; null for products without heartbeat. */
export function heartbeatDeadline(intervalSeconds: number | null, from: Date): string | null {
  if (intervalSeconds === null) return null;
  return new Date(
    from.getTime() + (intervalSeconds + HEARTBEAT_GRACE_SECONDS) * 1000,
  ).toISOString();
}

/** Live = not deactivated, and its heartbeat deadline (if any) not passed. */
export function isLive(now: string) {
  return (eb: ExpressionBuilder<Database, 'activations'>) =>
    eb.and([
      eb('activations.deactivated_at', 'is', null),
      eb.or([
        eb('activations.heartbeat_deadline', 'is', null),
        eb('activations.heartbeat_deadline', '>', now),
      ]),
    ]);
}

/** Lapsed = not deactivated, but its heartbeat deadline passed: counted in open seats, not live. */
export function isLapsed(now: string) {
  return (eb: ExpressionBuilder<Database, 'activations'>) =>
    eb.and([
      eb('activations.deactivated_at', 'is', null),
      eb('activations.heartbeat_deadline', 'is not', null),
      eb('activations.heartbeat_deadline', '<=', now),
    ]);
}

export function heartbeatState(
  activation: { heartbeat_deadline: string | null; last_heartbeat_at: string | null },
  intervalSeconds: number | null,
  now: Date,
): HeartbeatState {
  if (
    activation.heartbeat_deadline !== null &&
    Date.parse(activation.heartbeat_deadline) <= now.getTime()
  )
    return 'dead';
  if (intervalSeconds === null) return 'not_required';
  return activation.last_heartbeat_at === null ? 'not_started' : 'alive';
}
