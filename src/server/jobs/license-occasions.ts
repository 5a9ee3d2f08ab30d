import type { NotificationTopic } from '../../common/preferences.js';
import type { Db } from '../db/database.js';
import { mailDate, mailDateTime } from '../i18n/dates.js';
import type { SeatForecast } from '../../common/usage-api.js';
import type { Translate } from '../i18n/translate.js';
import { licenseForecast } from '../modules/usage/service.js';
import { DAY_MS, type Occasion, type Outlook } from './occasion.js';
import { expiringLicenseRows, lostHeartbeatRows, seatsOver90Rows } from './occasion-queries.js';

/** The nearest threshold a license has reached: 30, 15 or 0 days (under a day) before it expires. */
function expiryTopic(remainingMs: number): NotificationTopic {
  if (remainingMs <= DAY_MS) return 'licenseExpiring0';
  if (remainingMs <= 15 * DAY_MS) return 'licenseExpiring15';
  return 'licenseExpiring30';
}

/** Which sentence: expired, today, or in so many days. */
function expiryCase(remainingMs: number): { kind: 'Expired' | 'Today' | 'Days'; count: number } {
  if (remainingMs <= 0) return { kind: 'Expired', count: 0 };
  if (remainingMs <= DAY_MS) return { kind: 'Today', count: 0 };
  return { kind: 'Days', count: Math.ceil(remainingMs / DAY_MS) };
}

/** The notice's text with the forecast sentence after it, both in the recipient's language. */
const withOutlook = (body: string, t: Translate, outlook: Outlook | undefined) => {
  const sentence = outlook?.(t);
  return sentence ? `${body} ${sentence}` : body;
};

/** "At this rate, the Atlas CAD license runs out of seats in about 23 days." */
const forecastWords =
  (product: string, forecast: SeatForecast): Outlook =>
  (t) =>
    t(`forecast.${forecast.outcome}`, {
      product,
      days: t('forecast.days', { count: forecast.daysLeft ?? 0 }),
    });

/** Active licenses within 30 days of expiry, or expired since the job last could have run. */
export async function expiringLicenseOccasions(db: Db, now: Date): Promise<Occasion[]> {
  const rows = await expiringLicenseRows(db, now);
  return rows.map((row) => {
    const remaining = Date.parse(row.expires_at!) - now.getTime();
    const { kind, count } = expiryCase(remaining);
    return {
      topic: expiryTopic(remaining),
      subjectId: row.id,
      organizationId: row.organization_id,
      describe: ({ t, language, preferences }, outlook) => {
        const values = {
          product: row.product,
          last4: row.key_last4,
          organization: row.organization,
          date: mailDate(row.expires_at!, language, preferences.timezone),
          count,
        };
        return {
          title: t(`notice.licenseExpiring.title${kind}`, values),
          body: withOutlook(t(`notice.licenseExpiring.body${kind}`, values), t, outlook),
          link: '/licenses',
        };
      },
      // "The Atlas CAD license of ENT-000104 expires in 12 days with 9 of 10 seats in use."
      outlook: async () => {
        if (remaining <= 0) return undefined;
        const usage = await licenseForecast(db, row.organization_id, row.id, now);
        const daysLeft = Math.ceil(remaining / DAY_MS);
        const values = {
          product: row.product,
          entitlement: row.entitlement,
          inUse: usage.seatsInUse,
          count: row.seats,
        };
        return (t: Translate) =>
          daysLeft <= 0
            ? t('forecast.expiresToday', values)
            : t('forecast.expiresInDays', {
                ...values,
                days: t('forecast.days', { count: daysLeft }),
              });
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
    describe: ({ t }, outlook) => {
      const values = {
        product: row.product,
        last4: row.key_last4,
        organization: row.organization,
        used: Number(row.used),
        seats: row.seats,
      };
      return {
        title: t('notice.seatsOver90.title', values),
        body: withOutlook(t('notice.seatsOver90.body', values), t, outlook),
        link: '/activations',
      };
    },
    // "At this rate, the Atlas CAD license runs out of seats in about 23 days." (its last 30 days' trend)
    outlook: async () => {
      const usage = await licenseForecast(db, row.organization_id, row.id, now);
      return forecastWords(row.product, usage.forecast);
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
    describe: ({ t, language, preferences }) => {
      const values = {
        product: row.product,
        host: row.hostname ?? row.identifier,
        organization: row.organization,
        since: row.last_heartbeat_at
          ? mailDateTime(row.last_heartbeat_at, language, preferences.timezone)
          : '',
      };
      return {
        title: t('notice.heartbeatLost.title', values),
        body: row.last_heartbeat_at
          ? t('notice.heartbeatLost.body', values)
          : t('notice.heartbeatLost.bodyNever', values),
        link: '/activations',
      };
    },
  }));
}
