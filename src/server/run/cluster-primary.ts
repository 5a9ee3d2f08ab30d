import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import type { Config } from '../config.js';
import { startMetricsServer } from '../observability/serve-metrics.js';

/** A worker that dies is forked again after this pause (no tight crash loop). */
const RESTART_PAUSE_MS = 1000;

/**
 * The cluster primary: forks `config.workers` workers that share the port, forks a new one
 * when one dies, answers METRICS_PORT with their summed metrics, and on SIGTERM or SIGINT
 * passes the signal on and exits once every worker has finished its requests.
 * Resolves once every worker listens.
 */
export async function runClusterPrimary(config: Config): Promise<void> {
  let stopping = false;
  const fork = () => cluster.fork();

  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(
      `Worker ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another.`,
    );
    setTimeout(fork, RESTART_PAUSE_MS);
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker?.process.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  if (config.metrics.port !== undefined) {
    const registry = new AggregatorRegistry();
    await startMetricsServer(config.metrics.port, config.host, async () => ({
      contentType: registry.contentType,
      body: await registry.clusterMetrics(),
    }));
  }

  await new Promise<void>((resolve) => {
    let listening = 0;
    const onListening = () => {
      listening += 1;
      if (listening === config.workers) {
        cluster.off('listening', onListening);
        resolve();
      }
    };
    cluster.on('listening', onListening);
    for (let i = 0; i < config.workers; i += 1) fork();
  });
}
