import { parseArgs } from 'node:util';
import type { DialectName } from '../src/server/db/dialect.js';
import { applyRuntimeFlags } from '../src/server/runtime-flags.js';
import { benchAuditLog } from './audit-scale.js';
import { startBenchServer } from './bench-app.js';
import { benchActivationContention } from './contention.js';
import { benchActivationsExport } from './export-scale.js';
import { benchInstances } from './instances.js';
import { benchLicensingLoad } from './licensing-load.js';
import { printTable, type ResultRow } from './measure.js';
import { benchPortal } from './portal-scale.js';
import { benchWeb } from './web.js';

// The scale groups run the server in this process: the same V8 flags as `npm start`.
applyRuntimeFlags();

const GROUPS = ['licensing', 'contention', 'portal', 'export', 'audit', 'web'] as const;
type Group = (typeof GROUPS)[number];

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    scale: { type: 'string', default: '1' },
    repeats: { type: 'string', default: '5' },
    'lighthouse-runs': { type: 'string', default: '3' },
    only: { type: 'string', default: GROUPS.join(',') },
    instances: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`npm run bench -- [--db sqlite|postgres|both] [--scale 1] [--repeats 5] [--lighthouse-runs 3] [--only ${GROUPS.join(',')}]
npm run bench -- --instances 2 [--db both] [--repeats 5]

licensing   /v1 validate vs the reference server (bench/reference-validate.ts), interleaved
            --repeats times: throughput, CPU per request at one paced rate, p99 at half load
contention  200 concurrent activations on one 50-seat license
portal      Dashboard, Activations and Audit lists (filters, sorts, deep pages, search) at scale
export      Activations CSV of every Scale Corp activation: rows/s and peak RSS growth
audit       Audit CSV export and chain verification of every Scale Corp event
web         initial JS of the production bundle; Dashboard visible in headless Chromium;
            Lighthouse (mobile and desktop) on sign-in, Dashboard, My Licenses, Activations
            and Audit, --lighthouse-runs times each (the median counts), and beside them
            the floor: the Dashboard as React + Mantine alone, and as server HTML (decision 164)
--instances validate throughput of N processes on one port (WORKERS=N) against one; only that

The scale groups (portal, export, audit) seed a fresh database with the demo data plus
"Scale Corp" (scale 1: 100k licenses, 1M activations, 1M audit events). Never part of npm test.`);
  process.exit(0);
}

const dialects: DialectName[] =
  values.db === 'both' ? ['sqlite', 'postgres'] : [values.db as DialectName];
const scale = Number(values.scale);
const repeats = Number(values.repeats);
if (!Number.isInteger(repeats) || repeats < 1)
  throw new Error('--repeats must be a positive integer');
if (!Number.isFinite(scale) || scale <= 0) throw new Error('--scale must be a positive number');
const lighthouseRuns = Number(values['lighthouse-runs']);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1)
  throw new Error('--lighthouse-runs must be a positive integer');
const only = new Set(values.only.split(',') as Group[]);
for (const group of only)
  if (!GROUPS.includes(group)) throw new Error(`--only takes ${GROUPS.join(', ')}; got "${group}"`);

const rows: ResultRow[] = [];
if (values.instances !== undefined) {
  const instances = Number(values.instances);
  if (!Number.isInteger(instances) || instances < 2)
    throw new Error('--instances must be an integer of at least 2');
  for (const dialect of dialects) rows.push(...(await benchInstances(dialect, instances, repeats)));
  printTable(rows);
  process.exit(0);
}
for (const dialect of dialects) {
  if (only.has('licensing')) rows.push(...(await benchLicensingLoad(dialect, repeats)));
  if (only.has('contention')) rows.push(...(await benchActivationContention(dialect)));
  if (!['portal', 'export', 'audit'].some((group) => only.has(group as Group))) continue;
  console.log(`\n== ${dialect}: generating scale ${scale} data …`);
  const server = await startBenchServer(dialect, scale);
  console.log(
    `   ${server.size.licenses} licenses, ${server.size.activations} activations, ${server.size.auditEvents} audit events in ${server.generatedIn.toFixed(0)} s`,
  );
  try {
    if (only.has('portal')) rows.push(...(await benchPortal(server, dialect)));
    if (only.has('export')) rows.push(...(await benchActivationsExport(server, dialect)));
    if (only.has('audit')) rows.push(...(await benchAuditLog(server, dialect)));
  } finally {
    await server.stop();
  }
  // Printed as each database finishes too: on a busy machine a run may not reach the end.
  console.log('');
  printTable(rows.filter((row) => row.db === dialect));
}
if (only.has('web')) rows.push(...(await benchWeb(lighthouseRuns)));
console.log('');
printTable(rows);
