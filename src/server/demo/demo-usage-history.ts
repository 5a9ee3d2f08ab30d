import type { AppContext } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import { entitlementLinesOf, insertActivation } from './seed-queries.js';

const DAY = 86_400_000;

/** Activations of one license line: when each started and (for past ones) ended, in days ago. */
interface Wave {
  entitlement: string;
  line: number;
  prefix: string;
  quantity: number;
  /** [activated, deactivated | undefined] in days ago. */
  spans: [number, number | undefined][];
}

/** `count` evenly spread spans: activated from `start` to `end` days ago, each held `held` days (undefined = still). */
const spread = (count: number, start: number, end: number, held?: number) =>
  Array.from({ length: count }, (_, i): [number, number | undefined] => {
    const activated = start - ((start - end) * i) / Math.max(1, count - 1);
    return [activated, held === undefined ? undefined : activated - held];
  });

/**
 * Northwind's seats over the last year (decision 115): project waves on Atlas CAD and Cirrus
 * Render that came and went, then Atlas CAD growing about 0.6 seats a day for 30 days (it
 * runs out of seats in about three weeks) and Delta Sim filling up before ENT-000102 expires.
 * Seeded by `npm start` (SEED_DEMO_USAGE), not by the test seed, whose figures tests count.
 */
const WAVES: Wave[] = [
  {
    entitlement: 'ENT-000101',
    line: 0,
    prefix: 'HIST-A',
    quantity: 1,
    spans: spread(8, 360, 330, 110),
  },
  {
    entitlement: 'ENT-000101',
    line: 0,
    prefix: 'HIST-B',
    quantity: 1,
    spans: spread(12, 210, 170, 85),
  },
  {
    entitlement: 'ENT-000101',
    line: 0,
    prefix: 'HIST-C',
    quantity: 1,
    spans: spread(6, 95, 60, 25),
  },
  { entitlement: 'ENT-000101', line: 0, prefix: 'GROW', quantity: 1, spans: spread(18, 29.5, 1.5) },
  {
    entitlement: 'ENT-000101',
    line: 1,
    prefix: 'RENDER',
    quantity: 2,
    spans: spread(6, 300, 40, 30),
  },
  { entitlement: 'ENT-000102', line: 1, prefix: 'SIM', quantity: 1, spans: spread(4, 20, 3) },
];

export async function seedDemoUsageHistory(ctx: AppContext): Promise<void> {
  const now = ctx.now().getTime();
  const iso = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  await inTransaction(ctx.db, async (trx) => {
    for (const wave of WAVES) {
      const license = (await entitlementLinesOf(trx, wave.entitlement))[wave.line]!;
      for (const [i, [activated, deactivated]] of wave.spans.entries()) {
        const host = `${wave.prefix.toLowerCase()}-${String(i + 1).padStart(2, '0')}`;
        await insertActivation(trx, {
          organization_id: license.organization_id,
          license_id: license.id,
          product_id: license.product_id,
          product_name: license.name,
          entitlement_id: license.entitlement_id,
          entitlement_public_id: wave.entitlement,
          key_last4: license.key_last4,
          kind: license.activation_kind,
          identifier: `${wave.prefix}-${String(i + 1).padStart(4, '0')}`,
          name: host,
          hostname: host,
          platform: 'Windows 11',
          quantity: wave.quantity,
          project_name: 'Usage history',
          project_manager: null,
          activated_by_user_id: null,
          activated_by_label: 'Software',
          activated_at: iso(activated),
          last_heartbeat_at: iso(deactivated ?? 0.1),
          deactivated_at: deactivated === undefined ? null : iso(deactivated),
          deactivated_by_user_id: null,
          deactivated_by_label: deactivated === undefined ? null : 'Software',
        });
      }
    }
  });
}
