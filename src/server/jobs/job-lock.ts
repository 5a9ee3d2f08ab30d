import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import type { AppContext } from '../context.js';
import { tryPostgresTransactionLock } from '../db/lock-queries.js';
import { inTransaction } from '../db/transaction.js';
import { claimJobRun, finishJobRun } from './job-run-queries.js';

/** This instance, as job_runs names it. */
const HOLDER = `${hostname()}:${process.pid}`;

/** A 32-bit advisory lock key per job name. */
const lockKeyOf = (name: string) =>
  createHash('sha256').update(`job:${name}`).digest().readInt32BE(0);

/**
 * Runs `work` as this period's run of job `name` if no other instance runs it or already
 * ran it in the last half `periodMs` (decision 101). The lease row in job_runs decides on
 * both dialects and expires after JOB_LEASE_SECONDS if its holder died; on PostgreSQL a
 * transaction advisory lock first turns a concurrent claim away without waiting for the row.
 * Returns whether this instance ran it.
 */
export async function runJobOnce(
  ctx: AppContext,
  name: string,
  periodMs: number,
  work: () => Promise<string>,
): Promise<boolean> {
  const now = ctx.now();
  const claimed = await inTransaction(ctx.db, async (trx) => {
    if (ctx.dialect === 'postgres' && !(await tryPostgresTransactionLock(trx, lockKeyOf(name))))
      return false;
    return claimJobRun(trx, {
      name,
      holder: HOLDER,
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + ctx.config.jobLeaseSeconds * 1000).toISOString(),
      notBefore: new Date(now.getTime() - periodMs / 2).toISOString(),
    });
  });
  if (!claimed) return false;
  let outcome = 'failed';
  try {
    outcome = await work();
  } finally {
    await finishJobRun(ctx.db, { name, holder: HOLDER, now: ctx.now().toISOString(), outcome });
  }
  return true;
}
