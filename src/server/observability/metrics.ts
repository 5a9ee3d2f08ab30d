import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { PoolStats } from '../db/database.js';

/**
 * The portal's Prometheus metrics, in a registry of its own per app (tests build many apps
 * in one process). Served by serveMetrics (docs/decisions/104).
 */
export class PortalMetrics {
  readonly registry = new Registry();

  readonly requestDuration = new Histogram({
    name: 'portal_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern, method and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly validateOutcomes = new Counter({
    name: 'portal_license_validations_total',
    help: 'License validations answered, by code (VALID or the first failing check)',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly seatRefusals = new Counter({
    name: 'portal_seat_refusals_total',
    help: 'Activations the seat engine refused, by code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly jobRuns = new Counter({
    name: 'portal_job_runs_total',
    help: 'Runs of scheduled jobs in this process, by job and outcome',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly webhookAttempts = new Counter({
    name: 'portal_webhook_attempts_total',
    help: 'Webhook delivery attempts made by this process, by outcome (delivered or failed)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor(poolStats: () => PoolStats | undefined) {
    const registry = this.registry;
    new Gauge({
      name: 'portal_db_pool_connections',
      help: 'Database pool connections by state (PostgreSQL; SQLite has one connection and no pool)',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const stats = poolStats();
        if (!stats) return;
        this.set({ state: 'total' }, stats.total);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'in_use' }, stats.total - stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
        this.set({ state: 'max' }, stats.max);
      },
    });
    collectDefaultMetrics({ register: registry, prefix: 'portal_' });
  }
}
