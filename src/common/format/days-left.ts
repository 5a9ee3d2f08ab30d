const DAY_MS = 86_400_000;

/** Time left before an expiry: 'expired', 'underADay', or whole days (rounded). */
export function daysLeft(expiresAt: string, now: Date): number | 'expired' | 'underADay' {
  const remaining = Date.parse(expiresAt) - now.getTime();
  if (remaining <= 0) return 'expired';
  if (remaining < DAY_MS) return 'underADay';
  // Rounded: a license added "for 12 days" reads 12 days left for most of its first day.
  return Math.round(remaining / DAY_MS);
}

/** Time left before an expiry, in English words: "Less than a day left", "1 day left", "12 days left", "Expired". */
export function daysLeftText(expiresAt: string, now: Date): string {
  const left = daysLeft(expiresAt, now);
  if (left === 'expired') return 'Expired';
  if (left === 'underADay') return 'Less than a day left';
  return `${left.toLocaleString('en')} ${left === 1 ? 'day' : 'days'} left`;
}
