import type { AppContext } from '../../context.js';
import { pingDatabase } from './queries.js';

const PROBE_TIMEOUT_MS = 3000;

/** What the portal needs to serve requests (Redis only when configured), each probed by a call that throws when it is down. */
export function readinessProbes(ctx: AppContext): Record<string, () => Promise<void>> {
  return {
    database: () => pingDatabase(ctx.db),
    storage: () => ctx.storage.check(),
    ...(ctx.redis ? { redis: async () => void (await ctx.redis!.ping()) } : {}),
  };
}

function withinTimeout(probe: () => Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('no answer in time')), PROBE_TIMEOUT_MS);
  });
  return Promise.race([probe(), timeout]).finally(() => clearTimeout(timer));
}

/** Runs every probe at once; `down` names those that failed or did not answer in time. */
export async function probeReadiness(
  probes: Record<string, () => Promise<void>>,
): Promise<{ checks: Record<string, 'up' | 'down'>; down: string[] }> {
  const names = Object.keys(probes);
  const outcomes = await Promise.allSettled(names.map((name) => withinTimeout(probes[name])));
  const checks = Object.fromEntries(
    names.map((name, i) => [name, outcomes[i].status === 'fulfilled' ? 'up' : 'down'] as const),
  );
  return { checks, down: names.filter((name) => checks[name] === 'down') };
}
