import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { DEMO_PASSWORD, demoUsers } from './demo/demo-data.js';
import { isDatabaseEmpty, seedDemoData } from './demo/demo-seed.js';
import { scheduleNotificationJob } from './jobs/scheduler.js';
import { applyRuntimeFlags } from './runtime-flags.js';

async function main() {
  const v8Flags = applyRuntimeFlags();
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl);
  await migrateToLatest(database.db);
  const { app, ctx } = await buildApp({ config, database });

  const seeded = config.seedDemo && (await isDatabaseEmpty(ctx));
  if (seeded) await seedDemoData(ctx);

  const stopJob =
    config.notificationJobMinutes > 0
      ? scheduleNotificationJob(ctx, config.notificationJobMinutes, app.log)
      : () => undefined;
  const close = async () => {
    stopJob();
    await app.close();
    await database.db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);

  await app.listen({ port: config.port, host: config.host });
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

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
