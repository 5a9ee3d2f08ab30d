import type { Redis } from 'ioredis';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { LicenseKeyVault } from './crypto/license-keys.js';
import { loadSecrets, type Secrets } from './crypto/secrets.js';
import type { DatabaseHandle } from './db/database.js';
import { createMailer, type MailLog } from './mail/mailer.js';
import { PortalMetrics } from './observability/metrics.js';
import { AttemptThrottle, type ThrottleStore } from './shared-state/attempt-throttle.js';
import { connectRedis } from './shared-state/redis-client.js';
import { createFileStorage } from './storage/create-file-storage.js';

export interface ContextOptions {
  config: Config;
  database: DatabaseHandle;
  secrets?: Secrets;
  /** An already connected Redis (main.ts checks it at start-up); else one is made from REDIS_URL. */
  redis?: Redis;
  now?: () => Date;
}

const FIFTEEN_MINUTES = 15 * 60_000;

/**
 * What every service needs: buildApp puts the HTTP app around it, the CLI uses it alone.
 * `close` releases what it opened (the file storage, and a Redis it connected itself).
 */
export function createAppContext(
  options: ContextOptions,
  log: MailLog,
): { ctx: AppContext; close: () => Promise<void> } {
  const { config, database } = options;
  const secrets = options.secrets ?? loadSecrets(config.dataDir, config.portalSecrets);
  const redis = options.redis ?? (config.redisUrl ? connectRedis(config.redisUrl) : undefined);
  const store: ThrottleStore = { redis, keyPrefix: config.redisKeyPrefix };
  const throttle = (name: string, limit: number) =>
    new AttemptThrottle(store, name, limit, FIFTEEN_MINUTES);
  const ctx: AppContext = {
    db: database.db,
    dialect: database.dialect,
    config,
    secrets,
    licenseKeys: new LicenseKeyVault(secrets.licenseKeyEncryption, secrets.licenseKeyLookup),
    loginThrottle: {
      perIp: throttle('sign-in-ip:', 30),
      perAccount: throttle('sign-in-account:', 5),
    },
    resetThrottle: {
      perIp: throttle('reset-ip:', 10),
      perEmail: throttle('reset-email:', 3),
    },
    invitationThrottle: { perIp: throttle('invitation-ip:', 30) },
    redis,
    now: options.now ?? (() => new Date()),
    mailer: createMailer(config, log),
    storage: createFileStorage(config),
    metrics: new PortalMetrics(() => database.poolStats?.()),
  };
  const close = async () => {
    if (redis && !options.redis) await redis.quit();
    await ctx.storage.close();
  };
  return { ctx, close };
}
