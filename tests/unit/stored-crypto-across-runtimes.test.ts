import { describe, expect, it } from 'vitest';
import { openTotpSecret, sealTotpSecret } from '../../src/server/auth/totp.js';
import { LicenseKeyVault } from '../../src/server/crypto/license-keys.js';
import { verifyPassword } from '../../src/server/crypto/passwords.js';
import type { Secrets } from '../../src/server/crypto/secrets.js';
import { Signer, signedMessage } from '../../src/server/crypto/signing.js';
import {
  signDownloadLink,
  verifyDownloadLink,
} from '../../src/server/modules/downloads/link-signing.js';

/**
 * What the server wrote on Node 20.20.2, with these test-only secrets. An operator who moves
 * the server to another Node.js (24, 22) keeps the database and secrets.json: every runtime
 * the portal supports must still read these, and sign and hash to the same bytes.
 */
const SECRETS: Secrets = {
  csrfKey: 'acbf1b00480db7bec2688e909fcad58ca76b0556c1632a757113024c52c0de5f',
  licenseKeyEncryption: '4eb91cd8b11ab5d3025491d725ad1d1859a3ab2e2b458e3b13b261b07cf84ca1',
  licenseKeyLookup: '5f2010dce493ea51edde7736ea98c6c64ee90fbae775855913994082dc5968bf',
  downloadSigning: 'e0ab0c4ba9f7d7dbe1d147740c392c6fe1f6711bbde54dba4a0a3fab45ac69ac',
  signingPrivateKey:
    '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIOB++PRU9pqQ1xmytJKrmTNt5ibgz0RQjrWfOavc7w9d\n-----END PRIVATE KEY-----\n',
  signingPublicKey:
    '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAlY2yObGKn1FFIsjA9OyiG3yNUxh2Z2kZarcQMYTUq8c=\n-----END PUBLIC KEY-----\n',
};
const LICENSE_KEY = '7KQ2M-XH4PD-ZR9WT-C3NVB-L8FJA';
const WRITTEN_ON_NODE_20 = {
  keyCiphertext: 'IHErbL2lAluQy9kn.AwqSSzWhyXad_rkbXuR_tQ.4GsjxBzr5tWDJz4gnUJZRH7ZpGOpsGeVMqfJkcY',
  keyHash: '8a70d7166f0a110d761f8efb681f9ef9ea8e975bf12f84cc8de277c75833ebaf',
  totpSecret: 'Tudr3YNsIFVA3fD7.Ja8zkiYs5E5xWjVgtI3PTQ.SZuWQDk2XlzUWQBwaupjGQ',
  signature:
    'w7D9qdIapBQtM5pJanIZCReq0AQ2bFFcWaIXbmUOAIT2QiTO8DCFxp7epvrcp+ludQbYvMktRY0k6E9DhJR7Dg==',
  publicKeyRaw: 'lY2yObGKn1FFIsjA9OyiG3yNUxh2Z2kZarcQMYTUq8c=',
  downloadLink:
    '/api/portal/downloads/artifacts/42/file?org=7&expires=1796529600&signature=x2Qp3JnqQ2QFptsMxSQWaHT1g3DpVmHcbdNjxjz7l9A',
  passwordHash:
    '$argon2id$v=19$m=19456,t=2,p=1$e7S8lIyTlfRYnlV0trNlSg$UcpL2Gki2c5N5GT8GxeHeuI91rAwat44BXEFrsXFE9g',
};

describe(`data written on Node 20, read on Node ${process.version}`, () => {
  it('decrypts license keys (AES-256-GCM) and finds them by the same lookup hash (HMAC)', () => {
    const vault = new LicenseKeyVault(SECRETS.licenseKeyEncryption, SECRETS.licenseKeyLookup);
    expect(vault.decrypt(WRITTEN_ON_NODE_20.keyCiphertext)).toBe(LICENSE_KEY);
    expect(vault.lookupHash(LICENSE_KEY)).toBe(WRITTEN_ON_NODE_20.keyHash);
    const tampered = WRITTEN_ON_NODE_20.keyCiphertext.replace('.4G', '.5G');
    expect(() => vault.decrypt(tampered)).toThrow();
  });

  it('opens two-factor secrets sealed under the HKDF-derived key', () => {
    expect(openTotpSecret(SECRETS, WRITTEN_ON_NODE_20.totpSecret)).toBe('JBSWY3DPEHPK3PXP');
    expect(openTotpSecret(SECRETS, sealTotpSecret(SECRETS, 'JBSWY3DPEHPK3PXP'))).toBe(
      'JBSWY3DPEHPK3PXP',
    );
  });

  it('signs licensing answers with the same Ed25519 bytes the installed software verifies', () => {
    const signer = new Signer(SECRETS);
    const message = signedMessage('Sun, 06 Dec 2026 04:00:00 GMT', '{"valid":true,"code":"VALID"}');
    expect(signer.sign(message)).toBe(WRITTEN_ON_NODE_20.signature);
    expect(signer.publicKeyRaw).toBe(WRITTEN_ON_NODE_20.publicKeyRaw);
  });

  it('accepts download links signed before the upgrade', () => {
    const claims = { artifactId: 42, organizationId: 7, expires: 1796529600 };
    expect(signDownloadLink(SECRETS.downloadSigning, claims)).toBe(WRITTEN_ON_NODE_20.downloadLink);
    const signature = new URL(WRITTEN_ON_NODE_20.downloadLink, 'http://portal').searchParams.get(
      'signature',
    )!;
    expect(() =>
      verifyDownloadLink(
        SECRETS.downloadSigning,
        claims,
        signature,
        new Date('2026-12-06T04:00:00Z'),
        7,
      ),
    ).not.toThrow();
  });

  it('verifies argon2id password hashes', async () => {
    expect(await verifyPassword(WRITTEN_ON_NODE_20.passwordHash, 'portal-demo-2026')).toBe(true);
    expect(await verifyPassword(WRITTEN_ON_NODE_20.passwordHash, 'portal-demo-2027')).toBe(false);
  });
});
