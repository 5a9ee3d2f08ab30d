import { CLI_ACTOR } from '../../../src/server/cli/command.js';
import { buildApp } from '../../../src/server/app.js';
import { loadConfig } from '../../../src/server/config.js';
import { openDatabase } from '../../../src/server/db/database.js';
import { createEntitlement } from '../../../src/server/modules/provisioning/entitlements/service.js';
import { createProduct } from '../../../src/server/modules/provisioning/products/service.js';
import type { RunningServer } from './server';

const DAY = 86_400_000;

/**
 * Machines that went quiet long ago, for a browser test the real clock cannot wait for: the
 * server's own services, run in this process on the running server's database and data folder
 * (its secrets) with a clock `daysAgo` in the past, provision a product with `count` seats for
 * Northwind and activate `count` machines through the licensing API. Host names: `<prefix>-001.lan`…
 */
export async function activateMachinesLongAgo(
  server: RunningServer,
  { count, daysAgo, prefix }: { count: number; daysAgo: number; prefix: string },
): Promise<void> {
  const config = loadConfig({
    DATA_DIR: server.dataDir,
    DATABASE_URL: server.databaseUrl,
    LOG_LEVEL: 'silent',
    NOTIFICATION_JOB_MINUTES: '0',
  });
  const database = openDatabase(config.databaseUrl);
  const past = new Date(Date.now() - daysAgo * DAY);
  const { app, ctx } = await buildApp({ config, database, now: () => past, logger: false });
  try {
    const code = `${prefix.toUpperCase()}-PRODUCT`;
    await createProduct(ctx, {
      code,
      name: `Lab Monitor ${prefix}`,
      licenseType: 'subscription',
      deploymentType: 'on-premise',
      activationKind: 'machine',
      heartbeatIntervalSeconds: null,
      identifierRequired: true,
    });
    const organization = await ctx.db
      .selectFrom('organizations')
      .select('id')
      .where('slug', '=', 'northwind-robotics')
      .executeTakeFirstOrThrow();
    const entitlement = await createEntitlement(
      ctx,
      {
        organizationId: organization.id,
        salesOrder: `SO-${prefix.toUpperCase()}`,
        orderDate: past.toISOString().slice(0, 10),
        licenses: [{ productCode: code, seats: count, expiresAt: null }],
      },
      CLI_ACTOR,
    );
    const { key } = entitlement.licenses[0];
    for (let n = 1; n <= count; n++) {
      const name = `${prefix}-${String(n).padStart(3, '0')}`;
      const response = await app.inject({
        method: 'POST',
        url: '/v1/activations',
        payload: { key, identifier: `HW-${name}`, hostname: `${name}.lan` },
        remoteAddress: '127.0.0.3',
      });
      if (response.statusCode !== 200 && response.statusCode !== 201)
        throw new Error(`Activating ${name} failed: ${response.statusCode} ${response.body}`);
    }
  } finally {
    await app.close();
    await database.db.destroy();
  }
}
