import { ACTIVATION_SORT_COLUMNS } from '../src/common/activations-api.js';
import { LICENSE_KEY_SORT_COLUMNS } from '../src/common/license-keys-api.js';
import { USAGE_RANGES } from '../src/common/usage-api.js';
import type { DialectName } from '../src/server/db/dialect.js';
import { runHeartbeatMonitorJob } from '../src/server/jobs/heartbeat-monitor-job.js';
import { runUsageRollupJob } from '../src/server/jobs/usage-rollup-job.js';
import type { BenchServer } from './bench-app.js';
import { timeSequential, type ResultRow } from './measure.js';
import type { PortalClient } from './portal-client.js';

interface Read {
  name: string;
  url: string;
  budgetMs: number;
}

const LIST_BUDGET_MS = 100;
const SEARCH_BUDGET_MS = 200;
/** How many pages of 50 a "deep page" read skips first. */
const DEEP_PAGES = 200;

const dayAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** The Audit & Event Log over Scale Corp's 1M events: each filter, search, and the Members list. */
const AUDIT_READS: Read[] = [
  { name: 'audit log, first page', url: '/api/portal/audit-events', budgetMs: LIST_BUDGET_MS },
  {
    name: 'audit log, oldest first',
    url: '/api/portal/audit-events?direction=asc',
    budgetMs: LIST_BUDGET_MS,
  },
  {
    name: 'audit log, by type',
    url: '/api/portal/audit-events?type=downloads',
    budgetMs: LIST_BUDGET_MS,
  },
  {
    name: 'audit log, by user',
    url: '/api/portal/audit-events?userId=1',
    budgetMs: LIST_BUDGET_MS,
  },
  {
    name: 'audit log, 10-day range',
    url: `/api/portal/audit-events?from=${dayAgo(200)}&to=${dayAgo(190)}`,
    budgetMs: LIST_BUDGET_MS,
  },
  {
    name: 'audit log, common text',
    url: '/api/portal/audit-events?q=falcon',
    budgetMs: SEARCH_BUDGET_MS,
  },
  {
    name: 'audit log, rare text',
    url: '/api/portal/audit-events?q=event%20123456%20',
    budgetMs: SEARCH_BUDGET_MS,
  },
  { name: 'audit log users', url: '/api/portal/audit-events/users', budgetMs: LIST_BUDGET_MS },
  { name: 'members', url: '/api/portal/members', budgetMs: LIST_BUDGET_MS },
];

/** The Activations table over Scale Corp's 1M activations: each filter and each sort. */
async function activationReads(client: PortalClient): Promise<Read[]> {
  const { products } = (await (await client.get('/api/portal/activations/products')).json()) as {
    products: { id: number }[];
  };
  const base = '/api/portal/activations';
  return [
    { name: 'activations, first page', url: base, budgetMs: LIST_BUDGET_MS },
    {
      name: 'activations, by product',
      url: `${base}?productId=${products[0].id}`,
      budgetMs: LIST_BUDGET_MS,
    },
    {
      name: 'activations, 10-day range',
      url: `${base}?from=${dayAgo(200)}&to=${dayAgo(190)}`,
      budgetMs: LIST_BUDGET_MS,
    },
    ...ACTIVATION_SORT_COLUMNS.map((sort) => ({
      name: `activations, sorted by ${sort}`,
      url: `${base}?sort=${sort}&direction=asc`,
      budgetMs: LIST_BUDGET_MS,
    })),
    { name: 'activations, common text', url: `${base}?q=falcon`, budgetMs: SEARCH_BUDGET_MS },
    { name: 'activations, rare text', url: `${base}?q=host-123456.`, budgetMs: SEARCH_BUDGET_MS },
  ];
}

/** My Licenses › License Keys over Scale Corp's 100k licenses: each filter and each sort (decision 077). */
async function licenseKeyReads(client: PortalClient): Promise<Read[]> {
  const { products } = (await (await client.get('/api/portal/activations/products')).json()) as {
    products: { id: number }[];
  };
  const base = '/api/portal/licenses/keys';
  return [
    { name: 'license keys, first page', url: base, budgetMs: LIST_BUDGET_MS },
    { name: 'license keys, active', url: `${base}?status=active`, budgetMs: LIST_BUDGET_MS },
    {
      name: 'license keys, expiring within 30 days',
      url: `${base}?expiringWithinDays=30&sort=expiresAt&direction=asc`,
      budgetMs: LIST_BUDGET_MS,
    },
    {
      name: 'license keys, by product',
      url: `${base}?productId=${products[0].id}`,
      budgetMs: LIST_BUDGET_MS,
    },
    ...LICENSE_KEY_SORT_COLUMNS.map((sort) => ({
      name: `license keys, sorted by ${sort}`,
      url: `${base}?sort=${sort}&direction=asc`,
      budgetMs: LIST_BUDGET_MS,
    })),
    {
      name: 'license keys, entitlement or key text',
      url: `${base}?q=ENT-0001`,
      budgetMs: SEARCH_BUDGET_MS,
    },
  ];
}

/**
 * Seats in use over time (decision 115) over Scale Corp's 1M activations: the Dashboard's
 * series and outlook, and the product and entitlement panels' series, for each range.
 */
export async function usageReads(client: PortalClient): Promise<Read[]> {
  const { products } = (await (await client.get('/api/portal/activations/products')).json()) as {
    products: { id: number }[];
  };
  const { items } = (await (
    await client.get('/api/portal/licenses/entitlements?limit=1')
  ).json()) as { items: { entitlementId: number }[] };
  const product = `/api/portal/usage/products/${products[0].id}`;
  const entitlement = `/api/portal/usage/entitlements/${items[0].entitlementId}`;
  return [
    { name: 'usage outlook', url: '/api/portal/usage/outlook', budgetMs: LIST_BUDGET_MS },
    ...USAGE_RANGES.flatMap((range) => [
      {
        name: `usage of the organization, ${range}`,
        url: `/api/portal/usage?range=${range}`,
        budgetMs: LIST_BUDGET_MS,
      },
      {
        name: `usage of a product, ${range}`,
        url: `${product}?range=${range}`,
        budgetMs: LIST_BUDGET_MS,
      },
    ]),
    {
      name: 'usage of an entitlement, 1y',
      url: `${entitlement}?range=1y`,
      budgetMs: LIST_BUDGET_MS,
    },
  ];
}

/** The same list DEEP_PAGES pages in, by following the cursors there once. */
async function deepPage(client: PortalClient, read: Read): Promise<Read> {
  const separator = read.url.includes('?') ? '&' : '?';
  let cursor: string | null = null;
  for (let page = 0; page < DEEP_PAGES; page++) {
    const url: string = `${read.url}${separator}limit=50${cursor ? `&cursor=${cursor}` : ''}`;
    cursor = ((await (await client.get(url)).json()) as { nextCursor: string | null }).nextCursor;
    if (!cursor) break;
  }
  return {
    ...read,
    name: `${read.name}, page ${DEEP_PAGES + 1}`,
    url: `${read.url}${separator}limit=50${cursor ? `&cursor=${cursor}` : ''}`,
  };
}

/** Portal reads at scale and their p95 budgets (issue #9). Add a row with every list endpoint. */
export async function benchPortal(server: BenchServer, dialect: DialectName): Promise<ResultRow[]> {
  // The first runs of the heartbeat monitor (decision 160) and of the daily usage rollup
  // (decision 143), as a server's scheduler starts them.
  const monitorStarted = performance.now();
  await runHeartbeatMonitorJob(server.ctx);
  const monitorSeconds = (performance.now() - monitorStarted) / 1000;
  const rollupStarted = performance.now();
  await runUsageRollupJob(server.ctx);
  const rollupSeconds = (performance.now() - rollupStarted) / 1000;
  const client = await server.adminClient();
  const lists = [
    ...(await activationReads(client)),
    ...(await licenseKeyReads(client)),
    ...AUDIT_READS,
  ];
  const deep = await Promise.all(
    lists
      .filter(
        (read) =>
          read.budgetMs === LIST_BUDGET_MS &&
          !read.url.endsWith('/users') &&
          !read.url.endsWith('/members'),
      )
      .map((read) => deepPage(client, read)),
  );
  const reads: Read[] = [
    { name: 'dashboard', url: '/api/portal/dashboard', budgetMs: 50 },
    ...(await usageReads(client)),
    ...lists,
    ...deep,
  ];
  const rows: ResultRow[] = [
    {
      bench: 'portal heartbeat monitor, first run over all history',
      db: dialect,
      figure: `${monitorSeconds.toFixed(1)} s`,
      budget: '–',
      ok: true,
    },
    {
      bench: 'portal usage rollup, first run over all history',
      db: dialect,
      figure: `${rollupSeconds.toFixed(1)} s`,
      budget: '–',
      ok: true,
    },
  ];
  for (const read of reads) {
    const timing = await timeSequential(async () => (await client.get(read.url)).arrayBuffer());
    rows.push({
      bench: `portal ${read.name} p95`,
      db: dialect,
      figure: `${timing.p95.toFixed(1)} ms (p50 ${timing.p50.toFixed(1)})`,
      budget: `≤ ${read.budgetMs} ms`,
      ok: timing.p95 <= read.budgetMs,
    });
  }
  return rows;
}
