import type { AppContext } from '../context.js';
import { findLicense, liveSeatsOfLicense, type LicenseRef } from './queries.js';

/** A license's seats and the seats its live activations hold; undefined when `ref` names none. */
export async function seatUsage(
  ctx: AppContext,
  ref: LicenseRef,
): Promise<{ seats: number; liveSeats: number } | undefined> {
  const license = await findLicense(ctx.db, ref);
  if (!license) return undefined;
  return {
    seats: license.seats,
    liveSeats: await liveSeatsOfLicense(ctx.db, license.id, ctx.now().toISOString()),
  };
}
