import { randomBytes } from 'node:crypto';

/** The request file an air-gapped machine writes (format offline-activation-request/1). */
export interface OfflineActivationRequest {
  format: 'offline-activation-request/1';
  key: string;
  product: string;
  identifier: string;
  nonce: string;
  createdAt: string;
  kind?: 'machine' | 'domain' | 'serial';
  name?: string;
  hostname?: string;
  platform?: string;
}

/**
 * A request file with a fresh random nonce. Keep the nonce: verify the response file with
 * verifyLicenseFile(key, file, { identifier, requestNonce: nonce }).
 */
export function createOfflineRequest(
  details: Omit<OfflineActivationRequest, 'format' | 'nonce' | 'createdAt'>,
  now = new Date(),
): OfflineActivationRequest {
  return {
    format: 'offline-activation-request/1',
    ...details,
    nonce: randomBytes(18).toString('base64url'),
    createdAt: now.toISOString(),
  };
}
