import { sha256Hex } from '../crypto/tokens.js';
import type { Trx } from '../db/transaction.js';
import { deviceLabel } from './device-label.js';
import { insertKnownDevice, knownDeviceHashes } from './user-queries.js';

/** A device is the browser and system as the sign-in alert names them, plus the address. */
export const deviceHash = (input: { userAgent: string | null; ip: string }): string =>
  sha256Hex(`${deviceLabel(input.userAgent)}|${input.ip}`);

/**
 * Remembers the device and tells whether it is new to an account that has signed in before.
 * An account's very first device sets the baseline and raises no alert.
 */
export async function rememberDevice(
  trx: Trx,
  userId: number,
  hash: string,
  now: Date,
): Promise<boolean> {
  const known = await knownDeviceHashes(trx, userId);
  if (known.includes(hash)) return false;
  await insertKnownDevice(trx, userId, hash, now);
  return known.length > 0;
}
