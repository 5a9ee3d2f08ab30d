import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.js';

/**
 * Runs `run` every `seconds` in the background, never overlapping itself; `run` takes the
 * job's lease (runJobOnce) and resolves whether this instance ran it. The returned stop waits
 * for a run in flight, so a shutdown records the attempts it made.
 */
export function schedulePolledJob(
  ctx: AppContext,
  job: { name: string; seconds: number; run: () => Promise<boolean> },
  log: FastifyBaseLogger,
): () => Promise<void> {
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = (async () => {
      try {
        if (await job.run()) ctx.metrics.jobRuns.inc({ job: job.name, outcome: 'ok' });
      } catch (error) {
        ctx.metrics.jobRuns.inc({ job: job.name, outcome: 'failed' });
        log.error({ err: error }, `${job.name} job failed`);
      } finally {
        running = undefined;
      }
    })();
  };
  const timer = setInterval(tick, job.seconds * 1000);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
