import type { AttemptThrottle } from './auth/login-throttle.js';
import type { Config } from './config.js';
import type { LicenseKeyVault } from './crypto/license-keys.js';
import type { Secrets } from './crypto/secrets.js';
import type { Db } from './db/database.js';
import type { DialectName } from './db/dialect.js';

/** What every service needs, built once in app.ts and handed down explicitly. */
export interface AppContext {
  db: Db;
  dialect: DialectName;
  config: Config;
  secrets: Secrets;
  licenseKeys: LicenseKeyVault;
  /** Sign-in attempts per IP and per account (in memory, per process). */
  loginThrottle: { perIp: AttemptThrottle; perAccount: AttemptThrottle };
  /** The clock; tests move it. */
  now: () => Date;
}
