import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Secrets {
  /** HMAC key for CSRF tokens. */
  csrfKey: string;
  /** AES-256-GCM key for license keys at rest (hex). */
  licenseKeyEncryption: string;
  /** HMAC key for the license-key lookup hash (hex). */
  licenseKeyLookup: string;
  /** HMAC key for signed download links (hex). */
  downloadSigning: string;
  /** Ed25519 key pair (PEM) for licensing responses and offline license files. */
  signingPrivateKey: string;
  signingPublicKey: string;
}

export function generateSecrets(): Secrets {
  const hex = () => randomBytes(32).toString('hex');
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    csrfKey: hex(),
    licenseKeyEncryption: hex(),
    licenseKeyLookup: hex(),
    downloadSigning: hex(),
    signingPrivateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    signingPublicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/**
 * Secrets come from PORTAL_SECRETS (JSON, for several processes behind a load balancer)
 * or from `secrets.json` in the data folder, created with mode 0600 on first start.
 */
export function loadSecrets(dataDir: string, fromEnv: string | undefined): Secrets {
  if (fromEnv) return { ...generateSecrets(), ...(JSON.parse(fromEnv) as Partial<Secrets>) };
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Secrets;
  const secrets = generateSecrets();
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
