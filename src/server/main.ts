import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { resolveSecrets } from './crypto/secrets.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { withStartupLock } from './db/startup-lock.js';
import { DEMO_PASSWORD, demoUsers } from './demo/demo-data.js';
import { isDatabaseEmpty, seedDemoData } from './demo/demo-seed.js';
import { scheduleNotificationJob } from './jobs/scheduler.js';
import { applyRuntimeFlags } from './runtime-flags.js';
import { checkRedis, connectRedis } from './shared-state/redis-client.js';
import {
  databaseFailure,
  listenFailure,
  redisFailure,
  startupFailureLine,
} from './startup-failure.js';

/** Runs a start-up step, turning its failure into the one line that names the setting. */
async function step<T>(work: () => T | Promise<T>, explain: (error: unknown) => Error): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw explain(error);
  }
}

async function main() {
  const v8Flags = applyRuntimeFlags();
  const config = loadConfig();
  const { secrets, generatedFile } = resolveSecrets(config.dataDir, config.portalSecrets);
  if (generatedFile)
    console.log(
      `  New install: secrets generated into ${generatedFile}. Back it up; several instances share its content as PORTAL_SECRETS.`,
    );
  const dbFailure = (error: unknown) => databaseFailure(error, config.databaseUrl);
  const database = await step(() => openDatabase(config.databaseUrl), dbFailure);
  const redis = config.redisUrl ? connectRedis(config.redisUrl) : undefined;
  if (redis)
    await step(
      () => checkRedis(redis),
      (error) => redisFailure(error, config.redisUrl!),
    );
  const { app, ctx } = await buildApp({ config, database, secrets, redis });

  // Two first starts on an empty database: one migrates and seeds, the other waits and finds it done.
  const seeded = await step(
    () =>
      withStartupLock(database, config.databaseUrl, async () => {
        await migrateToLatest(database.db);
        const empty = config.seedDemo && (await isDatabaseEmpty(ctx));
        if (empty) await seedDemoData(ctx);
        return empty;
      }),
    dbFailure,
  );

  const stopJob =
    config.notificationJobMinutes > 0
      ? scheduleNotificationJob(ctx, config.notificationJobMinutes, app.log)
      : () => undefined;
  const close = async () => {
    stopJob();
    await app.close();
    await redis?.quit();
    await database.db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);

  await step(
    () => app.listen({ port: config.port, host: config.host }),
    (error) => listenFailure(error, config.host, config.port),
  );
  const admin = demoUsers.find((u) => u.key === 'alice')!;
  const viewer = demoUsers.find((u) => u.key === 'victor')!;
  console.log(
    [
      '',
      `  Customer portal on ${config.publicUrl}  (${database.dialect}${seeded ? ', demo data seeded' : ''})`,
      `  Node.js ${process.version}${v8Flags.length > 0 ? `, V8 flags ${v8Flags.join(' ')}` : ''}`,
      `  API documentation: ${config.publicUrl}/api/docs`,
      ...(config.seedDemo
        ? [
            '  Demo sign-in (password for both):',
            `    Admin:  ${admin.email}`,
            `    Viewer: ${viewer.email}`,
            `    Password: ${DEMO_PASSWORD}`,
          ]
        : []),
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(startupFailureLine(error));
  process.exit(1);
});
