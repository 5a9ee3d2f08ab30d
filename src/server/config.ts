import { mkdirSync } from 'node:fs';
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string;
  publicUrl: string;
  smtpUrl: string | undefined;
  /** The From address of every mail the portal sends. */
  mailFrom: string;
  logLevel: string;
  /** Seed demo data into an empty database on start. */
  seedDemo: boolean;
  /** Minutes a signed download link stays valid. */
  downloadLinkMinutes: number;
  sessionDays: number;
  trustProxy: boolean;
  /** Minutes between in-process runs of the notification job; 0 = run it elsewhere (npm run job:notifications). */
  notificationJobMinutes: number;
  /** Licensing API requests per minute and client IP, and per license key (docs/decisions/013). */
  licensingRateLimit: { perIp: number; perKey: number };
  /** Browser origins allowed to call /v1 (LICENSING_CORS_ORIGINS, comma-separated); empty = no CORS. */
  licensingCorsOrigins: string[];
  /** PORTAL_SECRETS: the secrets as JSON (src/server/crypto/secrets.ts); unset → generated into dataDir. */
  portalSecrets: string | undefined;
}

export class ConfigError extends Error {}

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const list = (env[name] ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of list) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      // Reported below.
    }
    if (!parsed || parsed.origin !== origin)
      throw new ConfigError(
        `${name} must list origins like https://app.example.com (scheme, host, optional port; no path), got "${origin}"`,
      );
  }
  return list;
}

/** Reads and validates every setting the server uses; nothing else reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const dataDir = path.resolve(env.DATA_DIR || './data');
  mkdirSync(dataDir, { recursive: true });
  const databaseUrl = env.DATABASE_URL || `sqlite:${path.join(dataDir, 'portal.sqlite')}`;
  if (!/^(sqlite:|postgres(ql)?:\/\/)/.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with sqlite: or postgres://');
  }
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`PUBLIC_URL is not a valid URL: "${publicUrl}"`);
  }
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir,
    databaseUrl,
    publicUrl,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || `Customer Portal <no-reply@${new URL(publicUrl).hostname}>`,
    logLevel: env.LOG_LEVEL || 'info',
    seedDemo: flag(env, 'SEED_DEMO', true),
    downloadLinkMinutes: integer(env, 'DOWNLOAD_LINK_MINUTES', 15, 1, 24 * 60),
    sessionDays: integer(env, 'SESSION_DAYS', 14, 1, 365),
    trustProxy: flag(env, 'TRUST_PROXY', false),
    notificationJobMinutes: integer(env, 'NOTIFICATION_JOB_MINUTES', 15, 0, 24 * 60),
    licensingRateLimit: {
      perIp: integer(env, 'LICENSING_RATE_LIMIT_PER_IP', 1200, 1, 10_000_000),
      perKey: integer(env, 'LICENSING_RATE_LIMIT_PER_KEY', 300, 1, 10_000_000),
    },
    licensingCorsOrigins: origins(env, 'LICENSING_CORS_ORIGINS'),
    portalSecrets: env.PORTAL_SECRETS || undefined,
  };
}
