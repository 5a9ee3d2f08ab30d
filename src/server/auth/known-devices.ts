import type { Transaction } from 'kysely';
import { sha256Hex } from '../crypto/tokens.js';
import type { Database } from '../db/schema.js';
import { deviceLabel } from './device-label.js';

/** A device is the browser and system as the sign-in alert names them, plus the address. */
export const deviceHash = (input: { userAgent: string | null; ip: string }): string => sha256Hex(`${deviceLabel(input.userAgent)}|${input.ip}`);

/**
 * Remembers the device and tells whether it is new to an account that has signed in before.
 * An account's very first device sets the baseline and raises no alert.
 */
export async function rememberDevice(trx: Transaction<Database>, userId: number, hash: string, now: Date): Promise<boolean> {
  const known = await trx.selectFrom('sign_in_devices').select('device_hash').where('user_id', '=', userId).execute();
  if (known.some((device) => device.device_hash === hash)) return false;
  await trx
    .insertInto('sign_in_devices')
    .values({ user_id: userId, device_hash: hash, first_seen_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['user_id', 'device_hash']).doNothing())
    .execute();
  return known.length > 0;
}
