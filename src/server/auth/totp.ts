import { generateSecret, generateURI, verify } from 'otplib';
import { renderSVG } from 'uqr';
import { SecretBox, TOTP_SECRET_PURPOSE } from '../crypto/secret-box.js';
import type { Secrets } from '../crypto/secrets.js';

const PERIOD_SECONDS = 30;
/** One step either side absorbs clock drift between server and phone. */
const TOLERANCE_SECONDS = PERIOD_SECONDS;
const ISSUER = 'Customer Portal';

export const newTotpSecret = (): string => generateSecret();

// TOTP secrets are encrypted at rest: a copied database must not yield working codes.
const totpBox = (secrets: Secrets) =>
  new SecretBox(secrets.licenseKeyEncryption, TOTP_SECRET_PURPOSE);
export const sealTotpSecret = (secrets: Secrets, secret: string): string =>
  totpBox(secrets).seal(secret);
export const openTotpSecret = (secrets: Secrets, sealed: string): string =>
  totpBox(secrets).open(sealed);

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
  /** The otpauth URI as an SVG QR code, for an <img> data URL. */
  qrSvg: string;
}

export function totpEnrolment(secret: string, accountEmail: string): TotpEnrolment {
  const otpauthUri = generateURI({ issuer: ISSUER, label: accountEmail, secret });
  return { secret, otpauthUri, qrSvg: renderSVG(otpauthUri, { border: 2 }) };
}

/**
 * The time step a code matches, or null. A step at or before `lastUsedStep` never matches,
 * so a code that signed in once cannot be replayed within its window.
 */
export async function matchTotpStep(
  secret: string,
  code: string,
  now: Date,
  lastUsedStep: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(lastUsedStep === null ? {} : { afterTimeStep: lastUsedStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
