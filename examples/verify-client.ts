/**
 * How installed software talks to the licensing API and trusts only what the server signed.
 * Standalone on purpose: node:crypto and fetch, nothing from the server's code.
 *
 *   npx tsx examples/verify-client.ts http://localhost:3000 7KQ2M-XH4PD-ZR9WT-C3NVB-L8FJA HWID-7F3A-91C2-D4E8
 *
 * Real software embeds the public key at build time (from GET /v1/public-key) rather than
 * fetching it at run time: a forged server could otherwise hand out its own key.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { pathToFileURL } from 'node:url';

/** Answers older or newer than this are refused, so a recorded answer cannot be replayed later. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export interface SignedFile {
  format: string;
  algorithm: 'ed25519';
  document: string;
  signature: string;
}

/** A feature the license grants; `limit` is for the software to enforce (the server does not meter it). */
export interface LicenseFeature {
  code: string;
  name: string;
  kind: 'switch' | 'limit';
  unit: string | null;
  limit: number | null;
  expiresAt: string | null;
}

export interface LicenseFileDocument {
  license: {
    id: number;
    entitlement: string;
    organization: string;
    seats: number;
    status: string;
    expiresAt: string | null;
  };
  features: LicenseFeature[];
  product: { code: string; name: string };
  activation: { id: number; kind: string; identifier: string; quantity: number };
  issuedAt: string;
  validUntil: string;
  requestNonce?: string;
}

export function publicKeyFromPem(pem: string): KeyObject {
  return createPublicKey(pem);
}

/** The `x-signature: ed25519=<base64>` header covers the `date` header, "\n", and the exact body bytes. */
export function verifyResponse(
  publicKey: KeyObject,
  response: { date: string; signature: string; body: string },
  now = new Date(),
): boolean {
  const match = /^ed25519=(.+)$/.exec(response.signature);
  if (!match) return false;
  if (Math.abs(now.getTime() - Date.parse(response.date)) > MAX_CLOCK_SKEW_MS) return false;
  const message = Buffer.concat([Buffer.from(`${response.date}\n`), Buffer.from(response.body)]);
  return verify(null, message, publicKey, Buffer.from(match[1], 'base64'));
}

/**
 * The document of a license file (or offline response file) when it is signed by the server,
 * issued for this machine, and still valid; null otherwise.
 */
export function verifyLicenseFile(
  publicKey: KeyObject,
  file: SignedFile,
  expected: { identifier: string; now?: Date; requestNonce?: string },
): LicenseFileDocument | null {
  const bytes = Buffer.from(file.document, 'base64');
  if (
    file.algorithm !== 'ed25519' ||
    !verify(null, bytes, publicKey, Buffer.from(file.signature, 'base64'))
  )
    return null;
  const document = JSON.parse(bytes.toString('utf8')) as LicenseFileDocument;
  const now = expected.now ?? new Date();
  if (document.activation.identifier !== expected.identifier) return null;
  if (Date.parse(document.validUntil) <= now.getTime()) return null;
  if (expected.requestNonce !== undefined && document.requestNonce !== expected.requestNonce)
    return null;
  return document;
}

/** The granted feature of a verified license file, or null when it is not granted or has ended: enable it only then. */
export function grantedFeature(
  document: LicenseFileDocument,
  code: string,
  now = new Date(),
): LicenseFeature | null {
  const feature = document.features.find((f) => f.code === code);
  return feature && (feature.expiresAt === null || Date.parse(feature.expiresAt) > now.getTime())
    ? feature
    : null;
}

/** Validates a key; throws when the answer is not signed by the server's key. */
export async function validateKey(
  baseUrl: string,
  publicKey: KeyObject,
  key: string,
  identifier?: string,
) {
  const response = await fetch(`${baseUrl}/v1/licenses/validate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key, identifier }),
  });
  const body = await response.text();
  const signed = {
    date: response.headers.get('date') ?? '',
    signature: response.headers.get('x-signature') ?? '',
    body,
  };
  if (!verifyResponse(publicKey, signed))
    throw new Error('The answer is not signed by the licensing server: do not trust it.');
  return JSON.parse(body) as { valid: boolean; code: string; message: string; remedy: string };
}

async function main([baseUrl, key, identifier]: string[]) {
  if (!baseUrl || !key) {
    console.log('Usage: npx tsx examples/verify-client.ts <base-url> <license-key> [fingerprint]');
    return;
  }
  const { publicKeyPem } = (await (await fetch(`${baseUrl}/v1/public-key`)).json()) as {
    publicKeyPem: string;
  };
  const result = await validateKey(baseUrl, publicKeyFromPem(publicKeyPem), key, identifier);
  console.log(
    `${result.valid ? 'Valid' : 'Not valid'} (${result.code}): ${result.message}${result.valid ? '' : ` ${result.remedy}`}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await main(process.argv.slice(2));
