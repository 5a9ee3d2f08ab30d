const DAY_MS = 86_400_000;

/** Time left before an expiry, in words: "Less than a day left", "1 day left", "12 days left", "Expired". */
export function daysLeftText(expiresAt: string, now: Date): string {
  const remaining = Date.parse(expiresAt) - now.getTime();
  if (remaining <= 0) return 'Expired';
  if (remaining < DAY_MS) return 'Less than a day left';
  // Rounded: a license added "for 12 days" reads 12 days left for most of its first day.
  const days = Math.round(remaining / DAY_MS);
  return `${days.toLocaleString('en')} ${days === 1 ? 'day' : 'days'} left`;
}
