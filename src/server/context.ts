import type { AttemptThrottle } from './auth/login-throttle.js';
import type { Config } from './config.js';
import type { LicenseKeyVault } from './crypto/license-keys.js';
import type { Secrets } from './crypto/secrets.js';
import type { Db } from './db/database.js';
import type { DialectName } from './db/dialect.js';
import type { Mailer } from './mail/mailer.js';
import type { PortalMetrics } from './observability/metrics.js';
import type { FileStorage } from './storage/file-storage.js';

/** What every service needs, built once in app.ts and handed down explicitly. */
export interface AppContext {
  db: Db;
  dialect: DialectName;
  config: Config;
  secrets: Secrets;
  licenseKeys: LicenseKeyVault;
  /** Sign-in attempts per IP and per account (in memory, per process). */
  loginThrottle: { perIp: AttemptThrottle; perAccount: AttemptThrottle };
  /** Password-reset requests per IP and per email address (in memory, per process). */
  resetThrottle: { perIp: AttemptThrottle; perEmail: AttemptThrottle };
  /** SMTP when SMTP_URL is set, else the outbox folder and the log. */
  mailer: Mailer;
  /** Release artifacts: local disk or an S3-compatible bucket (STORAGE_URL). */
  storage: FileStorage;
  /** Prometheus metrics of this process. */
  metrics: PortalMetrics;
  /** The clock; tests move it. */
  now: () => Date;
}
