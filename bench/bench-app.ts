import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { generateSecrets } from '../src/server/crypto/secrets.js';
import type { DialectName } from '../src/server/db/dialect.js';
import { demoUsers } from '../src/server/demo/demo-data.js';
import { seedDemoData } from '../src/server/demo/demo-seed.js';
import { createTestDatabase } from '../tests/support/databases.js';
import { signInOverHttp, type PortalClient } from './portal-client.js';
import { generateScaleData, sizeFor } from './scale-data.js';

/** A real server on a random loopback port over a fresh database holding the demo seed plus Scale Corp. */
export async function startBenchServer(dialect: DialectName, scale: number) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-bench-'));
  const database = await createTestDatabase(dialect, {
    sqliteFile: path.join(dataDir, 'bench.sqlite'),
  });
  const config = loadConfig({
    DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    LICENSING_RATE_LIMIT_PER_IP: '10000000',
    LICENSING_RATE_LIMIT_PER_KEY: '10000000',
  });
  const { app, ctx } = await buildApp({
    config,
    database: database.handle,
    secrets: generateSecrets(),
    logger: false,
  });
  await seedDemoData(ctx);
  const admin = demoUsers.find((u) => u.key === 'alice')!;
  const adminRow = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', admin.email)
    .executeTakeFirstOrThrow();
  const started = performance.now();
  const size = sizeFor(scale);
  const organizationId = await generateScaleData(ctx, size, adminRow.id);
  // Fresh statistics, as autovacuum would have after a bulk load: without them PostgreSQL
  // plans every query for a near-empty table, and without its vacuum (visibility map) no
  // index-only scan skips the table.
  await sql.raw(dialect === 'postgres' ? 'vacuum analyze' : 'analyze').execute(ctx.db);
  const generatedIn = (performance.now() - started) / 1000;
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  /** A signed-in Admin of Scale Corp, speaking HTTP. */
  async function adminClient(): Promise<PortalClient> {
    const client = await signInOverHttp(baseUrl, admin.email);
    await client.post('/api/portal/session/organization', { organizationId });
    return client;
  }

  return {
    ctx,
    baseUrl,
    size,
    generatedIn,
    organizationId,
    adminClient,
    stop: async () => {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type BenchServer = Awaited<ReturnType<typeof startBenchServer>>;
