import { Type, type Static } from 'typebox';
import { nullableOutput } from './schema-kit.js';
import { USAGE_RANGES } from './plain-values.js';
export { USAGE_RANGES } from './plain-values.js';

export type UsageRange = (typeof USAGE_RANGES)[number];
export const USAGE_RANGE_DAYS: Record<UsageRange, number> = { '30d': 30, '90d': 90, '1y': 365 };
export const USAGE_RANGE_LABELS: Record<UsageRange, string> = {
  '30d': '30 days',
  '90d': '90 days',
  '1y': '1 year',
};

export const UsageRangeQuery = Type.Object({
  range: Type.Optional(
    Type.Enum(USAGE_RANGES, { description: 'The period, ending today (UTC). Default 30d.' }),
  ),
});

/**
 * What the seat trend says (docs/decisions/115-usage-from-activation-history.md):
 * runsOut = a growing trend that fits and reaches the purchased seats within a year;
 * full = every purchased seat is in use now; the others say why there is no forecast.
 */
export const FORECAST_OUTCOMES = [
  'runsOut',
  'full',
  'noGrowth',
  'weakFit',
  'notSoon',
  'tooLittleHistory',
  'noSeats',
] as const;
export type ForecastOutcome = (typeof FORECAST_OUTCOMES)[number];

export const SeatForecast = Type.Object({
  outcome: Type.Enum(FORECAST_OUTCOMES, {
    description: 'runsOut only when the fitted trend grows and fits (R² ≥ 0.5)',
  }),
  daysLeft: nullableOutput(
    Type.Integer({ description: 'Days until every seat is in use at this rate (runsOut only)' }),
  ),
  runsOutOn: nullableOutput(
    Type.String({ description: 'The day (YYYY-MM-DD, UTC) the seats run out (runsOut only)' }),
  ),
  seatsPerDay: Type.Number({ description: 'Slope of the least-squares line over the fit window' }),
  fitDays: Type.Integer({ description: 'Days of daily seat usage the line is fitted to' }),
});
export type SeatForecast = Static<typeof SeatForecast>;

export const UsageDay = Type.Object({
  date: Type.String({ description: 'The day (YYYY-MM-DD, UTC)', examples: ['2026-11-30'] }),
  seats: Type.Integer({ description: 'Seats in use at the end of the day (today: now)' }),
});
export type UsageDay = Static<typeof UsageDay>;

export const UsageWeek = Type.Object({
  weekStart: Type.String({ description: 'The Monday the week starts (YYYY-MM-DD, UTC)' }),
  activations: Type.Integer({ description: 'Activations made in the week' }),
  deactivations: Type.Integer({ description: 'Activations deactivated in the week' }),
});
export type UsageWeek = Static<typeof UsageWeek>;

/** Seats in use over time for one scope: the organization, a product or an entitlement. */
export const UsageSeries = Type.Object({
  range: Type.Enum(USAGE_RANGES),
  name: Type.String({ description: 'What the series counts', examples: ['Atlas CAD'] }),
  purchasedSeats: Type.Integer({ description: 'Seats of the valid licenses in scope, now' }),
  seatsInUse: Type.Integer({ description: 'Seats held by live activations now' }),
  peak: Type.Object({
    seats: Type.Integer({ description: 'The most seats in use at the end of a day in the range' }),
    date: Type.String({ description: 'The first day it was reached (YYYY-MM-DD, UTC)' }),
  }),
  days: Type.Array(UsageDay),
  weeks: Type.Array(UsageWeek),
  forecast: SeatForecast,
  expiry: nullableOutput(
    Type.Object(
      {
        expiresAt: Type.String({ description: 'The entitlement’s expiry instant (UTC)' }),
        daysLeft: Type.Integer({ minimum: 0 }),
      },
      { description: 'An entitlement expiring within 30 days; null otherwise or for other scopes' },
    ),
  ),
});
export type UsageSeries = Static<typeof UsageSeries>;

/** The Dashboard's usage outlook: products whose seats run out and entitlements expiring in use. */
export const UsageOutlook = Type.Object({
  products: Type.Array(
    Type.Object({
      productId: Type.Integer(),
      productName: Type.String({ examples: ['Atlas CAD'] }),
      seatsInUse: Type.Integer(),
      purchasedSeats: Type.Integer(),
      forecast: SeatForecast,
    }),
    { description: 'Every product the organization holds, the soonest to run out first' },
  ),
  expiring: Type.Array(
    Type.Object({
      entitlementId: Type.Integer(),
      entitlementPublicId: Type.String({ examples: ['ENT-000104'] }),
      expiresAt: Type.String(),
      daysLeft: Type.Integer({ minimum: 0 }),
      seatsInUse: Type.Integer(),
      purchasedSeats: Type.Integer(),
    }),
    { description: 'Entitlements expiring within 30 days with seats in use, the soonest first' },
  ),
});
export type UsageOutlook = Static<typeof UsageOutlook>;
