import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { purgeExpiredRecords } from './housekeeping.js';
import { runNotificationJob } from './notification-job.js';
import { runHeartbeatMonitorJob } from './heartbeat-monitor-job.js';
import { runUsageRollupJob } from './usage-rollup-job.js';

/** One run of the notification job, the purge of expired tokens and sessions, the usage rollup and the heartbeat monitor, for a scheduler outside the portal (NOTIFICATION_JOB_MINUTES=0). */
async function main() {
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl);
  await migrateToLatest(database.db);
  const { app, ctx } = await buildApp({ config, database });
  try {
    console.log(`notification job: ${await runNotificationJob(ctx)} deliveries`);
    const purged = await purgeExpiredRecords(ctx.db, ctx.now());
    console.log(
      `purged ${purged.accountTokens} expired account tokens, ${purged.sessions} expired sessions and ${purged.idempotencyKeys} expired idempotency keys`,
    );
    // The daily usage rollup (decision 143) has no job of its own outside the portal.
    if (await runUsageRollupJob(ctx)) console.log('usage rollup: done');
    if (await runHeartbeatMonitorJob(ctx)) console.log('heartbeat monitor: done');
  } finally {
    await app.close();
    await database.db.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
