import type { SeatForecast } from './usage-api.js';

/** The recent days the trend line is fitted to. */
export const FORECAST_FIT_DAYS = 30;
/** Below this many seats a day the usage is not growing (under one seat in 100 days). */
const MIN_GROWTH_PER_DAY = 0.01;
/** A line that explains less than half of the variation is not a trend worth telling. */
const MIN_R_SQUARED = 0.5;
/** A run-out further away than this is not a forecast anyone can act on. */
const HORIZON_DAYS = 365;
const MIN_FIT_DAYS = 14;
const DAY_MS = 86_400_000;

/** Least squares over (0, y0), (1, y1), …: the slope and how well the line fits (R²). */
export function leastSquares(values: readonly number[]): { slope: number; rSquared: number } {
  const n = values.length;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((sum, y) => sum + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  values.forEach((y, x) => {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
    syy += (y - meanY) ** 2;
  });
  const slope = sxx === 0 ? 0 : sxy / sxx;
  // A flat series has nothing to explain: no fit (and no growth).
  const rSquared = syy === 0 ? 0 : (sxy * sxy) / (sxx * syy);
  return { slope, rSquared };
}

/**
 * When the seats in use reach the purchased seats, at the rate of the recent days.
 * `daily` is seats in use per day, oldest first, the last entry being today (`today`, YYYY-MM-DD).
 */
export function forecastSeats(
  daily: readonly number[],
  purchasedSeats: number,
  today: string,
): SeatForecast {
  const recent = daily.slice(-FORECAST_FIT_DAYS);
  const inUse = recent.at(-1) ?? 0;
  const { slope, rSquared } = recent.length >= 2 ? leastSquares(recent) : { slope: 0, rSquared: 0 };
  const base = {
    daysLeft: null,
    runsOutOn: null,
    seatsPerDay: round(slope),
    fitDays: recent.length,
  };
  if (purchasedSeats <= 0) return { ...base, outcome: 'noSeats' };
  if (inUse >= purchasedSeats) return { ...base, outcome: 'full' };
  if (recent.length < MIN_FIT_DAYS) return { ...base, outcome: 'tooLittleHistory' };
  if (slope < MIN_GROWTH_PER_DAY) return { ...base, outcome: 'noGrowth' };
  if (rSquared < MIN_R_SQUARED) return { ...base, outcome: 'weakFit' };
  const daysLeft = Math.ceil((purchasedSeats - inUse) / slope);
  if (daysLeft > HORIZON_DAYS) return { ...base, outcome: 'notSoon' };
  const runsOutOn = new Date(Date.parse(`${today}T00:00:00Z`) + daysLeft * DAY_MS)
    .toISOString()
    .slice(0, 10);
  return { ...base, outcome: 'runsOut', daysLeft, runsOutOn };
}

const round = (value: number) => Math.round(value * 100) / 100;
const days = (count: number) => (count === 1 ? '1 day' : `${count} days`);

/** The forecast in one sentence, as the panels, the Dashboard and the notifications say it. */
export function forecastSentence(name: string, forecast: SeatForecast): string {
  const sentence = forecastWords(name, forecast);
  return sentence[0]!.toUpperCase() + sentence.slice(1);
}

function forecastWords(name: string, forecast: SeatForecast): string {
  switch (forecast.outcome) {
    case 'runsOut':
      return `At this rate, ${name} runs out of seats in about ${days(forecast.daysLeft!)}.`;
    case 'full':
      return `${name} has every purchased seat in use.`;
    case 'noGrowth':
      return `No forecast for ${name}: seat usage is not growing.`;
    case 'weakFit':
      return `No forecast for ${name}: seat usage varies too much to show a trend.`;
    case 'notSoon':
      return `At this rate, ${name} does not run out of seats within a year.`;
    case 'tooLittleHistory':
      return `No forecast for ${name}: there is too little history yet.`;
    case 'noSeats':
      return `No forecast for ${name}: it has no valid licenses.`;
  }
}

/** "ENT-000104 expires in 12 days with 9 of 10 seats in use." */
export function expirySentence(
  name: string,
  daysLeft: number,
  seatsInUse: number,
  purchasedSeats: number,
): string {
  const when = daysLeft <= 0 ? 'expires today' : `expires in ${days(daysLeft)}`;
  return `${name} ${when} with ${seatsInUse} of ${purchasedSeats} seats in use.`;
}
