import { accessSync, constants, mkdirSync } from 'node:fs';
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
  /** PORTAL_SECRETS: the secrets as JSON (src/server/crypto/secrets.ts); unset → generated into dataDir. */
  portalSecrets: string | undefined;
  /** REDIS_URL: where rate limits and throttles are counted for all instances; unset → in this process. */
  redisUrl: string | undefined;
  /** REDIS_KEY_PREFIX: put before every Redis key, so several portals (or test runs) can share one Redis. */
  redisKeyPrefix: string;
  /** JOB_LEASE_SECONDS: how long a job run holds its lease on SQLite before another instance may take over. */
  jobLeaseSeconds: number;
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

/** DATA_DIR, created if missing; refused with the fix when this user cannot write into it. */
function writableDataDir(dataDir: string): string {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(
      `DATA_DIR ${dataDir} is not writable (${code}): make it writable by this user or set DATA_DIR to a folder that is`,
    );
  }
  return dataDir;
}

/** Reads and validates every setting the server uses; nothing else reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const dataDir = writableDataDir(path.resolve(env.DATA_DIR || './data'));
  const databaseUrl = env.DATABASE_URL || `sqlite:${path.join(dataDir, 'portal.sqlite')}`;
  if (!/^(sqlite:|postgres(ql)?:\/\/)/.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with sqlite: or postgres://');
  }
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl !== undefined && !/^rediss?:\/\/[^/]/.test(redisUrl)) {
    throw new ConfigError(
      'REDIS_URL must look like redis://host:6379 (or rediss:// for TLS); unset it to count limits in this process',
    );
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
    portalSecrets: env.PORTAL_SECRETS || undefined,
    redisUrl,
    redisKeyPrefix: env.REDIS_KEY_PREFIX || 'portal:',
    jobLeaseSeconds: integer(env, 'JOB_LEASE_SECONDS', 600, 10, 24 * 60 * 60),
  };
}
