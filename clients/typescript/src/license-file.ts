import { verify, type KeyObject } from 'node:crypto';

/** A license file or offline response file: a signed JSON document (docs/licensing-api.md). */
export interface SignedFile {
  format: string;
  algorithm: 'ed25519';
  /** Base64 of the UTF-8 JSON document. */
  document: string;
  /** Base64 Ed25519 signature over the document's bytes. */
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

/** Why a license file is not trusted. */
export type LicenseFileProblem = 'signature' | 'identifier' | 'expired' | 'nonce' | 'product';

export class LicenseFileError extends Error {
  constructor(readonly problem: LicenseFileProblem) {
    super(`The license file is not valid for this machine (${problem}).`);
    this.name = 'LicenseFileError';
  }
}

/**
 * The document of a license file when the vendor's key signed it, it names this machine's
 * identifier (and product, and the request's nonce when given) and `validUntil` has not passed.
 */
export function verifyLicenseFile(
  publicKey: KeyObject,
  file: SignedFile,
  expected: { identifier: string; product?: string; requestNonce?: string; now?: Date },
): LicenseFileDocument {
  const bytes = Buffer.from(file.document ?? '', 'base64');
  if (
    file.algorithm !== 'ed25519' ||
    typeof file.signature !== 'string' ||
    !verify(null, bytes, publicKey, Buffer.from(file.signature, 'base64'))
  )
    throw new LicenseFileError('signature');
  const document = JSON.parse(bytes.toString('utf8')) as LicenseFileDocument;
  const now = expected.now ?? new Date();
  if (document.activation.identifier !== expected.identifier)
    throw new LicenseFileError('identifier');
  if (expected.product !== undefined && document.product.code !== expected.product)
    throw new LicenseFileError('product');
  if (expected.requestNonce !== undefined && document.requestNonce !== expected.requestNonce)
    throw new LicenseFileError('nonce');
  if (!(Date.parse(document.validUntil) > now.getTime())) throw new LicenseFileError('expired');
  return document;
}

/** The granted feature of a verified document, or null when it is not granted or has ended: enable it only then. */
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
