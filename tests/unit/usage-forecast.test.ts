import { describe, expect, it } from 'vitest';
import {
  expirySentence,
  forecastSeats,
  forecastSentence,
  leastSquares,
} from '../../src/common/usage-forecast';

const TODAY = '2026-06-15';
const line = (from: number, step: number, days = 30) =>
  Array.from({ length: days }, (_, i) => from + step * i);

describe('the seat forecast', () => {
  it('fits a line by least squares', () => {
    expect(leastSquares([1, 3, 5, 7])).toEqual({ slope: 2, rSquared: 1 });
    expect(leastSquares([4, 4, 4])).toEqual({ slope: 0, rSquared: 0 });
  });

  it('gives the day a growing, well-fitting trend reaches the purchased seats', () => {
    const forecast = forecastSeats(line(1, 0.5), 30, TODAY);
    // 15.5 in use now, 0.5 a day: 14.5 seats to go take 29 days.
    expect(forecast).toEqual({
      outcome: 'runsOut',
      daysLeft: 29,
      runsOutOn: '2026-07-14',
      seatsPerDay: 0.5,
      fitDays: 30,
    });
    expect(forecastSentence('Atlas CAD', forecast)).toBe(
      'At this rate, Atlas CAD runs out of seats in about 29 days.',
    );
  });

  it('gives none, and says why, when the trend does not support one', () => {
    expect(forecastSeats(line(5, 0), 10, TODAY).outcome).toBe('noGrowth');
    expect(forecastSeats(line(20, -0.5), 30, TODAY).outcome).toBe('noGrowth');
    const zigzag = line(0, 0).map((_, i) => (i % 2 === 0 ? 2 : 9) + i * 0.05);
    expect(forecastSeats(zigzag, 40, TODAY).outcome).toBe('weakFit');
    expect(forecastSeats(line(1, 0.02), 100, TODAY).outcome).toBe('notSoon');
    expect(forecastSeats(line(1, 1), 20, TODAY).outcome).toBe('full');
    expect(forecastSeats(line(0, 0), 0, TODAY).outcome).toBe('noSeats');
    expect(forecastSeats(line(1, 1, 7), 40, TODAY).outcome).toBe('tooLittleHistory');
    expect(forecastSentence('the Atlas CAD license', forecastSeats(line(5, 0), 10, TODAY))).toBe(
      'No forecast for the Atlas CAD license: seat usage is not growing.',
    );
  });

  it('tells an expiry with the seats in use', () => {
    expect(expirySentence('ENT-000104', 12, 9, 10)).toBe(
      'ENT-000104 expires in 12 days with 9 of 10 seats in use.',
    );
    expect(expirySentence('ENT-000104', 0, 1, 1)).toBe(
      'ENT-000104 expires today with 1 of 1 seats in use.',
    );
  });
});
