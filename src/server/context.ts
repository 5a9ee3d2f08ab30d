import type { Config } from './config.js';
import type { LicenseKeyVault } from './crypto/license-keys.js';
import type { Secrets } from './crypto/secrets.js';
import type { Db } from './db/database.js';
import type { DialectName } from './db/dialect.js';
import type { Mailer } from './mail/mailer.js';
import type { PortalMetrics } from './observability/metrics.js';
import type { FileStorage } from './storage/file-storage.js';
import type { AttemptThrottle } from './shared-state/attempt-throttle.js';
import type { Redis } from 'ioredis';

/** What every service needs, built once in app.ts and handed down explicitly. */
export interface AppContext {
  db: Db;
  dialect: DialectName;
  config: Config;
  secrets: Secrets;
  licenseKeys: LicenseKeyVault;
  /** Sign-in attempts per IP and per account (in Redis when REDIS_URL is set, else in this process). */
  loginThrottle: { perIp: AttemptThrottle; perAccount: AttemptThrottle };
  /** Password-reset requests per IP and per email address (same store). */
  resetThrottle: { perIp: AttemptThrottle; perEmail: AttemptThrottle };
  /** Invalid invitation links per IP (same store). */
  invitationThrottle: { perIp: AttemptThrottle };
  /** The shared Redis when REDIS_URL is set (closed with the app). */
  redis: Redis | undefined;
  /** SMTP when SMTP_URL is set, else the outbox folder and the log. */
  mailer: Mailer;
  /** Release artifacts: local disk or an S3-compatible bucket (STORAGE_URL). */
  storage: FileStorage;
  /** Prometheus metrics of this process. */
  metrics: PortalMetrics;
  /** The clock; tests move it. */
  now: () => Date;
}
