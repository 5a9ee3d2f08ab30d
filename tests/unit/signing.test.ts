import { describe, expect, it } from 'vitest';
import {
  publicKeyFromPem,
  verifyLicenseFile,
  verifyResponse,
} from '../../examples/verify-client.js';
import { generateSecrets } from '../../src/server/crypto/secrets.js';
import { signedMessage, Signer } from '../../src/server/crypto/signing.js';

const NOW = new Date('2026-06-15T12:00:00.000Z');

describe('Ed25519 signing', () => {
  const signer = new Signer(generateSecrets());
  const publicKey = publicKeyFromPem(signer.publicKeyPem);

  it('signs date and body so the example client verifies them, and nothing else', () => {
    const date = NOW.toUTCString();
    const body = '{"valid":true,"code":"VALID"}';
    const signature = `ed25519=${signer.sign(signedMessage(date, body))}`;
    expect(verifyResponse(publicKey, { date, signature, body }, NOW)).toBe(true);
    expect(
      verifyResponse(publicKey, { date, signature, body: body.replace('true', 'false') }, NOW),
    ).toBe(false);
    expect(
      verifyResponse(
        publicKey,
        { date, signature: signature.replace('ed25519=', 'rsa='), body },
        NOW,
      ),
    ).toBe(false);
    expect(
      verifyResponse(publicKey, { date, signature, body }, new Date(NOW.getTime() + 10 * 60_000)),
    ).toBe(false);
  });

  it('signs documents whose every byte is covered', () => {
    const file = signer.signDocument('license-file/1', {
      activation: { identifier: 'HWID-1' },
      validUntil: '2026-07-01T00:00:00.000Z',
    });
    expect(verifyLicenseFile(publicKey, file, { identifier: 'HWID-1', now: NOW })).toMatchObject({
      activation: { identifier: 'HWID-1' },
    });
    const bytes = Buffer.from(file.document, 'base64');
    bytes[bytes.length - 3] ^= 1;
    expect(
      verifyLicenseFile(
        publicKey,
        { ...file, document: bytes.toString('base64') },
        { identifier: 'HWID-1', now: NOW },
      ),
    ).toBeNull();
  });

  it('publishes the raw public key that matches the PEM', () => {
    expect(Buffer.from(signer.publicKeyRaw, 'base64')).toHaveLength(32);
    expect(signer.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  });
});
