import { createHmac } from 'node:crypto';
import { safeEqual } from '../../crypto/tokens.js';
import { DomainError } from '../../errors.js';

/** What a signed download link binds: one artifact, one organization, one expiry (Unix seconds). */
export interface LinkClaims {
  artifactId: number;
  organizationId: number;
  expires: number;
}

const signatureOf = (key: string, claims: LinkClaims) =>
  createHmac('sha256', Buffer.from(key, 'hex'))
    .update(`download.v1:${claims.artifactId}:${claims.organizationId}:${claims.expires}`)
    .digest('base64url');

export const downloadPath = (artifactId: number) =>
  `/api/portal/downloads/artifacts/${artifactId}/file`;

export function signDownloadLink(key: string, claims: LinkClaims): string {
  const query = new URLSearchParams({
    org: String(claims.organizationId),
    expires: String(claims.expires),
    signature: signatureOf(key, claims),
  });
  return `${downloadPath(claims.artifactId)}?${query.toString()}`;
}

const refused = (code: string, message: string) => new DomainError('forbidden', code, message);

/** Throws a 403 naming what is wrong with the link: changed, expired or issued to another organization. */
export function verifyDownloadLink(
  key: string,
  claims: LinkClaims,
  signature: string,
  now: Date,
  callerOrganizationId: number,
): void {
  if (!safeEqual(signature, signatureOf(key, claims))) {
    throw refused(
      'download_link_invalid',
      'This download link is not valid: it was changed or is incomplete. Start the download again from the Downloads page.',
    );
  }
  if (claims.expires * 1000 < now.getTime()) {
    throw refused(
      'download_link_expired',
      'This download link has expired. Start the download again from the Downloads page.',
    );
  }
  if (claims.organizationId !== callerOrganizationId) {
    throw refused(
      'download_link_foreign',
      'This download link was issued to another organization. Switch to that organization, or start the download from your own Downloads page.',
    );
  }
}
