import type { Db } from '../db/database.js';

/**
 * Takes the lease of job `name` if nobody holds it and its last run started before
 * `notBefore`: one upsert, so of several instances exactly one gets the row back.
 */
export async function claimJobRun(
  db: Db,
  claim: { name: string; holder: string; now: string; leaseUntil: string; notBefore: string },
): Promise<boolean> {
  const row = await db
    .insertInto('job_runs')
    .values({
      name: claim.name,
      holder: claim.holder,
      started_at: claim.now,
      lease_until: claim.leaseUntil,
      runs: 1,
    })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet((eb) => ({
          holder: claim.holder,
          started_at: claim.now,
          lease_until: claim.leaseUntil,
          finished_at: null,
          outcome: null,
          runs: eb('job_runs.runs', '+', 1),
        }))
        .where('job_runs.lease_until', '<=', claim.now)
        .where('job_runs.started_at', '<=', claim.notBefore),
    )
    .returning('name')
    .executeTakeFirst();
  return row !== undefined;
}

/** Gives the lease back with the run's outcome. */
export async function finishJobRun(
  db: Db,
  run: { name: string; holder: string; now: string; outcome: string },
): Promise<void> {
  await db
    .updateTable('job_runs')
    .set({ lease_until: run.now, finished_at: run.now, outcome: run.outcome })
    .where('name', '=', run.name)
    .where('holder', '=', run.holder)
    .execute();
}
