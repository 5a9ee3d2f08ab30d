import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config.js';

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

const SECRET_NAMES = Object.keys(generateSecrets()) as (keyof Secrets)[];

/**
 * Every key present, no other, each a non-empty string. A missing or misspelt key was once
 * completed with a random value, which made every stored license key unreadable after a restart.
 */
function completeSecrets(raw: string, source: string, fix: string): Secrets {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(`${source} is not valid JSON (${(error as Error).message}): ${fix}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ConfigError(
      `${source} must be a JSON object with the keys ${SECRET_NAMES.join(', ')}`,
    );
  const given = parsed as Record<string, unknown>;
  const unknown = Object.keys(given).filter((key) => !SECRET_NAMES.includes(key as keyof Secrets));
  if (unknown.length > 0)
    throw new ConfigError(
      `${source} has unknown key${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: the keys are ${SECRET_NAMES.join(', ')}`,
    );
  const missing = SECRET_NAMES.filter((key) => typeof given[key] !== 'string' || given[key] === '');
  if (missing.length > 0) throw new ConfigError(`${source} lacks ${missing.join(', ')}: ${fix}`);
  return given as unknown as Secrets;
}

export interface LoadedSecrets {
  secrets: Secrets;
  /** The file written when this start generated them (a new install). */
  generatedFile: string | undefined;
}

/**
 * Secrets come from PORTAL_SECRETS (JSON, for several processes behind a load balancer)
 * or from `secrets.json` in the data folder, created with mode 0600 on first start. Either
 * must name every key (SECRET_NAMES): otherwise the process refuses to start.
 */
export function resolveSecrets(dataDir: string, fromEnv: string | undefined): LoadedSecrets {
  if (fromEnv) {
    const fix = 'set PORTAL_SECRETS to the full content of the secrets.json every instance shares';
    return { secrets: completeSecrets(fromEnv, 'PORTAL_SECRETS', fix), generatedFile: undefined };
  }
  const file = path.join(dataDir, 'secrets.json');
  const fix = `restore ${file} from a backup (a new one would make every stored license key unreadable)`;
  if (existsSync(file))
    return {
      secrets: completeSecrets(readFileSync(file, 'utf8'), file, fix),
      generatedFile: undefined,
    };
  const secrets = generateSecrets();
  // Written whole, then linked into place: of two first starts on one DATA_DIR, one links
  // and the other reads that complete file.
  const draft = `${file}.${process.pid}.tmp`;
  writeFileSync(draft, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return resolveSecrets(dataDir, fromEnv);
    throw error;
  } finally {
    unlinkSync(draft);
  }
  return { secrets, generatedFile: file };
}

export function loadSecrets(dataDir: string, fromEnv: string | undefined): Secrets {
  return resolveSecrets(dataDir, fromEnv).secrets;
}
