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
  /** VENDOR_NAME, VENDOR_LOGO_URL, BRAND_COLOR: how the mails present the vendor (docs/decisions/121). */
  mailBrand: MailBrand;
  /** RELEASE_NOTES_IMAGE_ORIGINS: where release notes may show images from (CSP img-src; decision 123). */
  releaseNotesImageOrigins: string[];
  logLevel: string;
  /** Seed demo data into an empty database on start. */
  seedDemo: boolean;
  /** With the demo data, a year of activation history so the usage charts and forecasts have something to show. */
  seedDemoUsage: boolean;
  /** Minutes a signed download link stays valid. */
  downloadLinkMinutes: number;
  sessionDays: number;
  trustProxy: boolean;
  /** Minutes between in-process runs of the notification job; 0 = run it elsewhere (npm run job:notifications). */
  notificationJobMinutes: number;
  /** MAIL_RETRY_SECONDS: how often this process sends queued mails that came due again (0 = only the notification job does; decision 140). */
  mailRetrySeconds: number;
  /** Licensing API requests per minute and client IP, and per license key (docs/decisions/013). */
  licensingRateLimit: { perIp: number; perKey: number };
  /** Browser origins allowed to call /v1 (LICENSING_CORS_ORIGINS, comma-separated); empty = no CORS. */
  licensingCorsOrigins: string[];
  /** PORTAL_SECRETS: the secrets as JSON (src/server/crypto/secrets.ts); unset → generated into dataDir. */
  portalSecrets: string | undefined;
  /** STORAGE_URL: where release artifacts live (docs/decisions/103). */
  storage: StorageSettings;
  /** WORKERS: processes serving the port on this machine (node:cluster); 1 = this process alone. */
  workers: number;
  /** METRICS_PORT and METRICS_TOKEN: where Prometheus scrapes /metrics (docs/decisions/104). */
  metrics: { port: number | undefined; token: string | undefined };
  /** REDIS_URL: where rate limits and throttles are counted for all instances; unset → in this process. */
  redisUrl: string | undefined;
  /** REDIS_KEY_PREFIX: put before every Redis key, so several portals (or test runs) can share one Redis. */
  redisKeyPrefix: string;
  /** JOB_LEASE_SECONDS: how long a job run holds its lease on SQLite before another instance may take over. */
  jobLeaseSeconds: number;
  /** WEBHOOK_POLL_SECONDS (0 = no in-process sender) and WEBHOOK_TIMEOUT_SECONDS per attempt (decision 128). */
  webhooks: { pollSeconds: number; timeoutSeconds: number };
  /** SSO_ALLOW_HTTP_ISSUERS: accept http:// identity providers (tests and local IdPs only; docs/sso.md). */
  ssoAllowHttpIssuers: boolean;
}

export interface S3StorageSettings {
  kind: 's3';
  bucket: string;
  /** Key prefix inside the bucket ("" or ending in "/"). */
  prefix: string;
  endpoint: string | undefined;
  region: string;
  forcePathStyle: boolean;
  /** S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY; unset → the AWS SDK's own chain (AWS_* variables, instance role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
}

export interface MailBrand {
  vendorName: string;
  /** An absolute http(s) URL of the logo shown at the top of every mail; unset → the name as text. */
  logoUrl: string | undefined;
  /** `#rrggbb`: the button and the accent line. */
  color: string;
}

export type StorageSettings = { kind: 'local' } | S3StorageSettings;

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

function mailBrand(env: NodeJS.ProcessEnv): MailBrand {
  const logoUrl = env.VENDOR_LOGO_URL || undefined;
  if (logoUrl !== undefined && !/^https?:\/\/[^/\s]+\/?\S*$/.test(logoUrl))
    throw new ConfigError(
      `VENDOR_LOGO_URL must be an absolute http(s) URL that mail clients can load, got "${logoUrl}"`,
    );
  const color = (env.BRAND_COLOR || '#1971c2').toLowerCase();
  if (!/^#[0-9a-f]{6}$/.test(color))
    throw new ConfigError(`BRAND_COLOR must be a colour like #1971c2, got "${color}"`);
  const vendorName = (env.VENDOR_NAME || 'Customer Portal').trim();
  if (vendorName.length > 80) throw new ConfigError('VENDOR_NAME must be at most 80 characters');
  return { vendorName, logoUrl, color };
}

function storageSettings(env: NodeJS.ProcessEnv): StorageSettings {
  const raw = env.STORAGE_URL;
  if (!raw || raw === 'local') return { kind: 'local' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `STORAGE_URL is not a URL: "${raw}" (use s3://bucket?region=… or leave it unset)`,
    );
  }
  if (url.protocol !== 's3:' || !url.hostname)
    throw new ConfigError(`STORAGE_URL must be s3://<bucket>[/prefix]?region=…, got "${raw}"`);
  const known = ['endpoint', 'region', 'forcePathStyle'];
  const unknown = [...url.searchParams.keys()].find((key) => !known.includes(key));
  if (unknown)
    throw new ConfigError(
      `STORAGE_URL has an unknown parameter "${unknown}" (known: ${known.join(', ')})`,
    );
  const endpoint = url.searchParams.get('endpoint') ?? undefined;
  if (endpoint !== undefined && !/^https?:\/\/[^/]/.test(endpoint))
    throw new ConfigError(`STORAGE_URL's endpoint must be an http(s) URL, got "${endpoint}"`);
  const accessKeyId = env.S3_ACCESS_KEY_ID;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY;
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new ConfigError('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither');
  const prefix = decodeURIComponent(url.pathname).replace(/^\/+/, '');
  return {
    kind: 's3',
    bucket: url.hostname,
    prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`,
    endpoint,
    region: url.searchParams.get('region') ?? 'us-east-1',
    forcePathStyle: flag(
      { 'STORAGE_URL forcePathStyle': url.searchParams.get('forcePathStyle') ?? '' },
      'STORAGE_URL forcePathStyle',
      false,
    ),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  };
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
    mailBrand: mailBrand(env),
    releaseNotesImageOrigins: origins(env, 'RELEASE_NOTES_IMAGE_ORIGINS'),
    logLevel: env.LOG_LEVEL || 'info',
    seedDemo: flag(env, 'SEED_DEMO', true),
    seedDemoUsage: flag(env, 'SEED_DEMO_USAGE', true),
    downloadLinkMinutes: integer(env, 'DOWNLOAD_LINK_MINUTES', 15, 1, 24 * 60),
    sessionDays: integer(env, 'SESSION_DAYS', 14, 1, 365),
    trustProxy: flag(env, 'TRUST_PROXY', false),
    notificationJobMinutes: integer(env, 'NOTIFICATION_JOB_MINUTES', 15, 0, 24 * 60),
    mailRetrySeconds: integer(env, 'MAIL_RETRY_SECONDS', 30, 0, 3600),
    licensingRateLimit: {
      perIp: integer(env, 'LICENSING_RATE_LIMIT_PER_IP', 1200, 1, 10_000_000),
      perKey: integer(env, 'LICENSING_RATE_LIMIT_PER_KEY', 300, 1, 10_000_000),
    },
    licensingCorsOrigins: origins(env, 'LICENSING_CORS_ORIGINS'),
    portalSecrets: env.PORTAL_SECRETS || undefined,
    storage: storageSettings(env),
    workers: integer(env, 'WORKERS', 1, 1, 256),
    metrics: {
      port: env.METRICS_PORT ? integer(env, 'METRICS_PORT', 0, 0, 65535) : undefined,
      token: env.METRICS_TOKEN || undefined,
    },
    redisUrl,
    redisKeyPrefix: env.REDIS_KEY_PREFIX || 'portal:',
    jobLeaseSeconds: integer(env, 'JOB_LEASE_SECONDS', 600, 10, 24 * 60 * 60),
    webhooks: {
      pollSeconds: integer(env, 'WEBHOOK_POLL_SECONDS', 5, 0, 3600),
      timeoutSeconds: integer(env, 'WEBHOOK_TIMEOUT_SECONDS', 10, 1, 60),
    },
    ssoAllowHttpIssuers: flag(env, 'SSO_ALLOW_HTTP_ISSUERS', false),
  };
}
