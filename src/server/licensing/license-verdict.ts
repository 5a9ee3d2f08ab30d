import { evaluateLicense, type ValidationCode } from '../../common/license-validation.js';
import type { AppContext } from '../context.js';
import { licenseFacts } from './license-facts.js';
import { findLicense, liveSeatsOfLicense } from './queries.js';

/**
 * A license's own verdict now, without a machine: the checks that gate an activation, for the
 * seats held (VALID, REVOKED, SUSPENDED, EXPIRED or SEATS_EXHAUSTED). Undefined when none is found.
 */
export async function licenseVerdict(
  ctx: AppContext,
  ref: { id: number; organizationId: number },
): Promise<ValidationCode | undefined> {
  const now = ctx.now();
  const license = await findLicense(ctx.db, ref);
  if (!license) return undefined;
  const liveSeats = await liveSeatsOfLicense(ctx.db, license.id, now.toISOString());
  return evaluateLicense(licenseFacts(license, now, { liveSeats }), 'activation').code;
}
