import { describe, expect, it } from 'vitest';
import { formatRelative } from '../../src/common/format/relative-time.js';
import { daysLeftText } from '../../src/common/format/days-left.js';

const now = new Date('2026-06-15T12:00:00.000Z');
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();

describe('relative dates', () => {
  it('names the largest whole unit, past and future', () => {
    expect(formatRelative(at(-20_000), now)).toBe('just now');
    expect(formatRelative(at(-5 * 60_000), now)).toBe('5 minutes ago');
    expect(formatRelative(at(-3 * 86_400_000), now)).toBe('3 days ago');
    expect(formatRelative(at(-86_400_000), now)).toBe('yesterday');
    expect(formatRelative(at(14 * 86_400_000), now)).toBe('in 2 weeks');
    expect(formatRelative(at(-400 * 86_400_000), now)).toBe('last year');
  });
});

describe('daysLeftText', () => {
  const now = new Date('2026-06-15T12:00:00.000Z');
  const after = (ms: number) => new Date(now.getTime() + ms).toISOString();
  it('says the days left in words, rounded, and never a negative number', () => {
    expect(daysLeftText(after(12 * 86_400_000 - 60_000), now)).toBe('12 days left');
    expect(daysLeftText(after(86_400_000), now)).toBe('1 day left');
    expect(daysLeftText(after(3_600_000), now)).toBe('Less than a day left');
    expect(daysLeftText(after(0), now)).toBe('Expired');
    expect(daysLeftText(after(-86_400_000), now)).toBe('Expired');
  });
});
