import type { TFunction } from 'i18next';
import type { SeatForecast } from '../../../common/usage-api';
import { i18n } from '../../i18n/i18n';

const capitalized = (sentence: string) => sentence.charAt(0).toUpperCase() + sentence.slice(1);

/** The forecast in one sentence, in the shown language (src/common/usage-forecast.ts says it in English for mails). */
export function forecastText(t: TFunction, name: string, forecast: SeatForecast): string {
  const days = t('usage.days', { count: forecast.daysLeft ?? 0 });
  return capitalized(t(`usage.forecast.${forecast.outcome}`, { name, days }));
}

/** "ENT-000104 expires in 12 days with 9 of 10 seats in use." */
export function expiryText(
  t: TFunction,
  name: string,
  daysLeft: number,
  inUse: number,
  purchased: number,
): string {
  const values = { name, inUse, count: purchased, days: t('usage.days', { count: daysLeft }) };
  return t(daysLeft <= 0 ? 'usage.expiry.today' : 'usage.expiry.inDays', values);
}

/** The usage range's name ("30 days"). */
export const rangeText = (range: string) => i18n.t(`usage.range.${range}`);
