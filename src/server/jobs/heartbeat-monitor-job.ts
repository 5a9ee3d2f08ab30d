import type { AppContext } from '../context.js';
import { endLongDeadActivations } from '../licensing/public-api.js';
import { runJobOnce } from './job-lock.js';
import { CATCH_UP_MS } from './occasion.js';

export const HEARTBEAT_MONITOR_JOB = 'heartbeat-monitor';
/** How often each instance offers to end dead activations. */
export const HEARTBEAT_MONITOR_MINUTES = 60;

/**
 * One run under the job lease: ends the activations dead for longer than the notification
 * job's catch-up window, so the lost-heartbeat notices and webhooks, which read open dead
 * activations within that window, have gone out first (decision 160).
 */
export function runHeartbeatMonitorJob(ctx: AppContext): Promise<boolean> {
  const minutes = HEARTBEAT_MONITOR_MINUTES * 60_000;
  return runJobOnce(ctx, HEARTBEAT_MONITOR_JOB, minutes, async () => {
    const deadBefore = new Date(ctx.now().getTime() - CATCH_UP_MS);
    return `${await endLongDeadActivations(ctx, deadBefore)} dead activations ended`;
  });
}

/** The monitor as a polled job (schedulePolledJob): at start and every HEARTBEAT_MONITOR_MINUTES. */
export const heartbeatMonitorJob = (ctx: AppContext) => ({
  name: HEARTBEAT_MONITOR_JOB,
  seconds: HEARTBEAT_MONITOR_MINUTES * 60,
  run: () => runHeartbeatMonitorJob(ctx),
});
