import { parseArgs } from 'node:util';
import type { DialectName } from '../src/server/db/dialect.js';
import { benchAuditLog } from './audit-scale.js';
import { startBenchServer } from './bench-app.js';
import { printTable, type ResultRow } from './measure.js';
import { benchPortal } from './portal-scale.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    scale: { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`npm run bench -- [--db sqlite|postgres|both] [--scale 1]

Seeds a fresh database with the demo data plus "Scale Corp" (scale 1: 100k licenses,
1M activations, 1M audit events), starts the server on loopback and prints each
benchmark's figure next to its budget. Never part of npm test.`);
  process.exit(0);
}

const dialects: DialectName[] = values.db === 'both' ? ['sqlite', 'postgres'] : [values.db as DialectName];
const scale = Number(values.scale);
if (!Number.isFinite(scale) || scale <= 0) throw new Error('--scale must be a positive number');

const rows: ResultRow[] = [];
for (const dialect of dialects) {
  console.log(`\n== ${dialect}: generating scale ${scale} data …`);
  const server = await startBenchServer(dialect, scale);
  console.log(
    `   ${server.size.licenses} licenses, ${server.size.activations} activations, ${server.size.auditEvents} audit events in ${server.generatedIn.toFixed(0)} s`,
  );
  try {
    rows.push(...(await benchPortal(server, dialect)));
    rows.push(...(await benchAuditLog(server, dialect)));
  } finally {
    await server.stop();
  }
}
console.log('');
printTable(rows);
