import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** Answers whose `date` is further than this from the local clock are refused (a replay, or a wrong clock). */
export const MAX_ANSWER_AGE_MS = 5 * 60_000;

/** What the server sent: the `date` and `x-signature` headers and the exact body. */
export interface SignedAnswer {
  date: string;
  signature: string;
  body: string;
}

/** Why an answer was not trusted; the client then acts as if it had no answer at all. */
export type UntrustedReason = 'signature' | 'stale' | 'clock';

export const UNTRUSTED_MEANING: Record<UntrustedReason, string> = {
  signature: 'The answer is not signed by the vendor’s key (tampered, forged, or another key).',
  stale:
    'The answer’s date is more than 5 minutes from this machine’s clock (a replayed answer, or a wrong clock).',
  clock: 'The answer is older than the last answer this machine trusted (a replayed answer).',
};

export class UntrustedAnswerError extends Error {
  constructor(readonly reason: UntrustedReason) {
    super(UNTRUSTED_MEANING[reason]);
    this.name = 'UntrustedAnswerError';
  }
}

/** The vendor's key from a PEM (SPKI) or the raw 32 bytes in base64, as GET /v1/public-key gives both. */
export function parsePublicKey(key: string | KeyObject): KeyObject {
  if (typeof key !== 'string') return key;
  if (key.includes('-----BEGIN')) return createPublicKey(key);
  const raw = Buffer.from(key.trim(), 'base64');
  if (raw.length !== 32) throw new Error('An Ed25519 public key is 32 bytes (base64) or a PEM.');
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
    format: 'jwk',
  });
}

/**
 * Checks an answer as the server signs it: Ed25519 over the `date` header, "\n" and the exact
 * body bytes. Returns the answer's date (ms); throws UntrustedAnswerError otherwise.
 * `lastAnswerDate` is the date of the last answer trusted: an older one is a replay.
 */
export function verifyAnswer(
  publicKey: KeyObject,
  answer: SignedAnswer,
  now: Date,
  lastAnswerDate = 0,
): number {
  const match = /^ed25519=([A-Za-z0-9+/=]+)$/.exec(answer.signature);
  const message = Buffer.concat([Buffer.from(`${answer.date}\n`), Buffer.from(answer.body)]);
  if (!match || !verify(null, message, publicKey, Buffer.from(match[1], 'base64')))
    throw new UntrustedAnswerError('signature');
  const date = Date.parse(answer.date);
  if (!Number.isFinite(date)) throw new UntrustedAnswerError('signature');
  if (date < lastAnswerDate) throw new UntrustedAnswerError('clock');
  if (Math.abs(now.getTime() - date) > MAX_ANSWER_AGE_MS) throw new UntrustedAnswerError('stale');
  return date;
}
