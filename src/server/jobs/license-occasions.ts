import { DATE_FORMAT, DATE_TIME_FORMAT, formatInTimeZone } from '../../common/format/date-time.js';
import type { NotificationTopic } from '../../common/preferences.js';
import type { Db } from '../db/database.js';
import { expirySentence, forecastSentence } from '../../common/usage-forecast.js';
import { licenseForecast } from '../modules/usage/service.js';
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

const withOutlook = (body: string, outlook: string | undefined) =>
  outlook ? `${body} ${outlook}` : body;

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
      describe: (timeZone, outlook) => ({
        title: `${row.product} license ${phrase}`,
        body: withOutlook(
          `The ${row.product} license ending in ${row.key_last4} of ${row.organization} ${phrase} (${formatInTimeZone(row.expires_at!, timeZone, DATE_FORMAT)}). Contact your vendor to renew it.`,
          outlook,
        ),
        link: '/licenses',
      }),
      // "The Atlas CAD license of ENT-000104 expires in 12 days with 9 of 10 seats in use."
      outlook: async () => {
        if (remaining <= 0) return '';
        const usage = await licenseForecast(db, row.organization_id, row.id, now);
        return expirySentence(
          `The ${row.product} license of ${row.entitlement}`,
          Math.ceil(remaining / DAY_MS),
          usage.seatsInUse,
          row.seats,
        );
      },
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
    describe: (_timeZone, outlook) => ({
      title: `${row.product}: ${Number(row.used)} of ${row.seats} seats in use`,
      body: withOutlook(
        `The ${row.product} license ending in ${row.key_last4} of ${row.organization} has ${Number(row.used)} of its ${row.seats} seats in use, over 90%. Free seats on the Activations page or ask your vendor for more.`,
        outlook,
      ),
      link: '/activations',
    }),
    // "At this rate, the Atlas CAD license runs out of seats in about 23 days." (its last 30 days' trend)
    outlook: async () => {
      const usage = await licenseForecast(db, row.organization_id, row.id, now);
      return forecastSentence(`the ${row.product} license`, usage.forecast);
    },
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
