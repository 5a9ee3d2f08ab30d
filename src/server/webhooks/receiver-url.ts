/**
 * Why a webhook URL cannot be used, or null when it can: only absolute http(s) URLs with a
 * host, without credentials (they would be stored in clear) or a fragment (never sent).
 * The vendor is trusted to name its own receivers, internal addresses included (decision 128).
 */
export function receiverUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute http or https URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must use http or https';
  if (!url.hostname) return 'must name a host';
  if (url.username || url.password)
    return 'must not carry credentials: verify the webhook-signature header instead';
  if (url.hash) return 'must not have a #fragment (it is never sent)';
  return null;
}
