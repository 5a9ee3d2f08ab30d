import type { Db } from '../../db/database.js';
import { conflict } from '../../http/errors.js';
import { lockLicenseRow } from '../seat-engine/queries.js';
import * as queries from './queries.js';

const DAY_MS = 86_400_000;

/**
 * Called after a deactivation, in its transaction: refuses (and so rolls back) when the
 * license now has more deactivations in its rolling period than the vendor allows
 * (licenses.max_deactivations per deactivation_period_days; docs/activations.md).
 * The license row lock serialises concurrent deactivations of one license on PostgreSQL.
 */
export async function enforceDeactivationLimit(trx: Db, licenseId: number, now: Date): Promise<void> {
  await lockLicenseRow(trx, { id: licenseId });
  const limit = await queries.deactivationLimitOf(trx, licenseId);
  if (limit.max_deactivations === null) return;
  const since = new Date(now.getTime() - limit.deactivation_period_days * DAY_MS).toISOString();
  if ((await queries.deactivationsOfLicenseSince(trx, licenseId, since)) > limit.max_deactivations) {
    throw conflict(
      'deactivation_limit',
      `This license allows ${limit.max_deactivations} deactivation${limit.max_deactivations === 1 ? '' : 's'} per ${limit.deactivation_period_days} days, and that many have already been made. Nothing was deactivated; try again later or contact your vendor.`,
    );
  }
}
