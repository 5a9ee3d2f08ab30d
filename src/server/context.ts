import type { AttemptThrottle } from './auth/login-throttle.js';
import type { Config } from './config.js';
import type { LicenseKeyVault } from './crypto/license-keys.js';
import type { Secrets } from './crypto/secrets.js';
import type { Db } from './db/database.js';
import type { DialectName } from './db/dialect.js';
import type { Mailer } from './mail/mailer.js';

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
  /** The clock; tests move it. */
  now: () => Date;
}
