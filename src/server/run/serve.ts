import type { Server } from 'node:http';
import cluster from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import { buildApp } from '../app.js';
import type { Config } from '../config.js';
import type { Secrets } from '../crypto/secrets.js';
import { openDatabase } from '../db/database.js';
import { mailJob } from '../jobs/mail-scheduler.js';
import { schedulePolledJob } from '../jobs/polled-job.js';
import { scheduleNotificationJob } from '../jobs/scheduler.js';
import { heartbeatMonitorJob } from '../jobs/heartbeat-monitor-job.js';
import { usageRollupJob } from '../jobs/usage-rollup-job.js';
import { scheduleWebhookDeliveries } from '../webhooks/webhook-scheduler.js';
import { startMetricsServer } from '../observability/serve-metrics.js';
import { checkRedis, connectRedis } from '../shared-state/redis-client.js';
import { databaseFailure, listenFailure, redisFailure } from '../startup-failure.js';
import { step } from './start-step.js';

/** A process that does not finish its in-flight requests within this time exits anyway. */
const SHUTDOWN_GRACE_MS = 30_000;

/**
 * One serving process (alone, or a cluster worker): builds the app on a prepared database,
 * listens, runs the scheduled jobs, and on SIGTERM or SIGINT shuts down gracefully: stops
 * accepting connections, finishes the requests in flight, then closes the database pool.
 */
export async function serve(config: Config, secrets: Secrets): Promise<void> {
  const database = await step(
    () => openDatabase(config.databaseUrl),
    (error) => databaseFailure(error, config.databaseUrl),
  );
  const redis = config.redisUrl ? connectRedis(config.redisUrl) : undefined;
  if (redis)
    await step(
      () => checkRedis(redis),
      (error) => redisFailure(error, config.redisUrl!),
    );
  const { app, ctx } = await buildApp({ config, database, secrets, redis });
  let metricsServer: Server | undefined;
  if (cluster.isWorker) {
    // The primary answers METRICS_PORT with the sum over its workers.
    AggregatorRegistry.setRegistries([ctx.metrics.registry]);
    new AggregatorRegistry();
  } else if (config.metrics.port !== undefined) {
    metricsServer = await startMetricsServer(config.metrics.port, config.host, async () => ({
      contentType: ctx.metrics.registry.contentType,
      body: await ctx.metrics.registry.metrics(),
    }));
  }
  const stopJob =
    config.notificationJobMinutes > 0
      ? scheduleNotificationJob(ctx, config.notificationJobMinutes, app.log)
      : () => undefined;
  // Scheduled jobs run here unless a scheduler outside runs them (NOTIFICATION_JOB_MINUTES=0).
  const stopRollup =
    config.notificationJobMinutes > 0
      ? schedulePolledJob(ctx, usageRollupJob(ctx), app.log)
      : async () => undefined;
  const stopMonitor =
    config.notificationJobMinutes > 0
      ? schedulePolledJob(ctx, heartbeatMonitorJob(ctx), app.log)
      : async () => undefined;
  const stopWebhooks =
    config.webhooks.pollSeconds > 0
      ? scheduleWebhookDeliveries(ctx, config.webhooks.pollSeconds, app.log)
      : async () => undefined;
  const stopMails =
    config.mailRetrySeconds > 0
      ? schedulePolledJob(ctx, mailJob(ctx, config.mailRetrySeconds), app.log)
      : async () => undefined;

  let closing = false;
  const shutDown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: finishing the requests in flight, then stopping`);
    setTimeout(() => {
      app.log.error(
        `requests still running ${SHUTDOWN_GRACE_MS / 1000} s after ${signal}; exiting`,
      );
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    stopJob();
    const rollupStopped = stopRollup();
    const monitorStopped = stopMonitor();
    const webhooksStopped = stopWebhooks();
    const mailsStopped = stopMails();
    metricsServer?.close();
    // A keep-alive connection whose last request ends during shutdown would hold the close open.
    setInterval(() => app.server.closeIdleConnections(), 100).unref();
    await app.close();
    await webhooksStopped;
    await mailsStopped;
    await rollupStopped;
    await monitorStopped;
    await redis?.quit();
    await database.db.destroy();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutDown('SIGINT'));
  process.on('SIGTERM', () => void shutDown('SIGTERM'));

  await step(
    () => app.listen({ port: config.port, host: config.host }),
    (error) => listenFailure(error, config.host, config.port),
  );
}
