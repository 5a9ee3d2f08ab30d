import { DATE_FORMAT, DATE_TIME_FORMAT, formatInTimeZone } from '../../common/format/date-time.js';
import type { NotificationTopic } from '../../common/preferences.js';
import type { Db } from '../db/database.js';
import { DAY_MS, type Occasion } from './occasion.js';
import { expiringLicenseRows, lostHeartbeatRows, seatsOver90Rows } from './occasion-queries.js';

/** The nearest threshold a license has reached: 30, 15 or 0 days (under a day) before it expires. */
function expiryTopic(remainingMs: number): NotificationTopic {
  if (remainingMs <= DAY_MS) return 'licenseExpiring0';
  if (remainingMs <= 15 * DAY_MS) return 'licenseExpiring15';
  return 'licenseExpiring30';
}

function expiryPhrase(remainingMs: number): string {
  if (remainingMs <= 0) return 'has expired';
  if (remainingMs <= DAY_MS) return 'expires today';
  const days = Math.ceil(remainingMs / DAY_MS);
  return `expires in ${days} days`;
}

/** Active licenses within 30 days of expiry, or expired since the job last could have run. */
export async function expiringLicenseOccasions(db: Db, now: Date): Promise<Occasion[]> {
  const rows = await expiringLicenseRows(db, now);
  return rows.map((row) => {
    const remaining = Date.parse(row.expires_at!) - now.getTime();
    const phrase = expiryPhrase(remaining);
    return {
      topic: expiryTopic(remaining),
      subjectId: row.id,
      organizationId: row.organization_id,
      describe: (timeZone) => ({
        title: `${row.product} license ${phrase}`,
        body: `The ${row.product} license ending in ${row.key_last4} of ${row.organization} ${phrase} (${formatInTimeZone(row.expires_at!, timeZone, DATE_FORMAT)}). Contact your vendor to renew it.`,
        link: '/licenses',
      }),
    };
  });
}

/** Active licenses whose live activations hold more than 90% of their seats. */
export async function seatUsageOccasions(db: Db, now: Date): Promise<Occasion[]> {
  const rows = await seatsOver90Rows(db, now);
  return rows.map((row) => ({
    topic: 'seatsOver90',
    subjectId: row.id,
    organizationId: row.organization_id,
    describe: () => ({
      title: `${row.product}: ${Number(row.used)} of ${row.seats} seats in use`,
      body: `The ${row.product} license ending in ${row.key_last4} of ${row.organization} has ${Number(row.used)} of its ${row.seats} seats in use, over 90%. Free seats on the Activations page or ask your vendor for more.`,
      link: '/activations',
    }),
  }));
}

/** Activations still holding a seat whose heartbeat deadline passed without a new heartbeat. */
export async function heartbeatLostOccasions(db: Db, now: Date): Promise<Occasion[]> {
  const rows = await lostHeartbeatRows(db, now);
  return rows.map((row) => ({
    topic: 'heartbeatLost',
    subjectId: row.id,
    organizationId: row.organization_id,
    describe: (timeZone) => ({
      title: `${row.product} on ${row.hostname ?? row.identifier} stopped sending heartbeats`,
      body: `The ${row.product} activation on ${row.hostname ?? row.identifier} of ${row.organization} has not reported since ${row.last_heartbeat_at ? formatInTimeZone(row.last_heartbeat_at, timeZone, DATE_TIME_FORMAT) : 'it was activated'} and no longer counts as live.`,
      link: '/activations',
    }),
  }));
}
