const DAY_MS = 86_400_000;

/** Time left before an expiry, in words: "Less than a day left", "1 day left", "12 days left", "Expired". */
export function daysLeftText(expiresAt: string, now: Date): string {
  const remaining = Date.parse(expiresAt) - now.getTime();
  if (remaining <= 0) return 'Expired';
  const days = Math.floor(remaining / DAY_MS);
  if (days === 0) return 'Less than a day left';
  return `${days.toLocaleString('en')} ${days === 1 ? 'day' : 'days'} left`;
}
