import type { Db } from '../db/database.js';
import { conflict } from '../errors.js';
import { HEARTBEAT_MONITOR } from './activation-audit.js';
import { chosenDeactivationsSince } from './deactivation-queries.js';
import { lockLicenseRow, type LicenseRecord } from './queries.js';

const DAY_MS = 86_400_000;

/**
 * Called after a deactivation, in its transaction, whoever made it (a member, the software,
 * a swap): refuses, and so rolls back, when the license now has more deactivations in its
 * rolling period than the vendor allows (licenses.max_deactivations per
 * deactivation_period_days; docs/activations.md). Activations that lapsed for missed
 * heartbeats do not count: nobody chose to end them. The license row lock serialises
 * concurrent deactivations of one license on PostgreSQL.
 */
export async function enforceDeactivationLimit(
  trx: Db,
  license: LicenseRecord,
  now: Date,
): Promise<void> {
  if (license.max_deactivations === null) return;
  await lockLicenseRow(trx, { id: license.id });
  const since = new Date(now.getTime() - license.deactivation_period_days * DAY_MS).toISOString();
  if (
    (await chosenDeactivationsSince(trx, license.id, since, HEARTBEAT_MONITOR.label)) >
    license.max_deactivations
  ) {
    throw conflict(
      'deactivation_limit',
      `This license allows ${license.max_deactivations} deactivation${license.max_deactivations === 1 ? '' : 's'} per ${license.deactivation_period_days} days, and that many have already been made. Nothing was deactivated; try again later or contact your vendor.`,
    );
  }
}
