import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueAccountToken } from '../../../src/server/auth/account-token-queries.js';
import {
  EXPIRED_RETENTION_MS,
  purgeExpiredRecords,
} from '../../../src/server/jobs/housekeeping.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import { createTestApp, TEST_NOW, type TestApp } from '../../support/test-app.js';

describe.each(await availableDialects())(
  'purge of expired tokens and sessions on %s',
  (dialect) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(() => t.close());

    const count = async (table: 'account_tokens' | 'sessions') =>
      Number(
        (
          await t.ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('deletes only what expired more than the retention period ago, and the survivors still work', async () => {
      const admin = await t.signIn(NORTHWIND_ADMIN);
      const userId = (
        await t.ctx.db
          .selectFrom('users')
          .select('id')
          .where('email', '=', NORTHWIND_ADMIN)
          .executeTakeFirstOrThrow()
      ).id;
      const longAgo = new Date(TEST_NOW.getTime() - EXPIRED_RETENTION_MS - 2 * 3_600_000);
      await issueAccountToken(t.ctx.db, {
        userId,
        purpose: 'password_reset',
        minutes: 60,
        now: longAgo,
      });
      await issueAccountToken(t.ctx.db, {
        userId,
        purpose: 'password_reset',
        minutes: 60,
        now: TEST_NOW,
      });
      await t.ctx.db
        .insertInto('sessions')
        .values({
          token_hash: 'stale',
          user_id: userId,
          created_at: longAgo.toISOString(),
          last_seen_at: longAgo.toISOString(),
          expires_at: longAgo.toISOString(),
        })
        .execute();
      const [tokensBefore, sessionsBefore] = [
        await count('account_tokens'),
        await count('sessions'),
      ];

      expect(await purgeExpiredRecords(t.ctx.db, TEST_NOW)).toEqual({
        accountTokens: 1,
        sessions: 1,
        idempotencyKeys: 0,
      });
      expect(await count('account_tokens')).toBe(tokensBefore - 1);
      expect(await count('sessions')).toBe(sessionsBefore - 1);
      expect((await admin.get('/api/portal/session')).statusCode).toBe(200);
      expect(await purgeExpiredRecords(t.ctx.db, TEST_NOW)).toEqual({
        accountTokens: 0,
        sessions: 0,
        idempotencyKeys: 0,
      });
    });
  },
);
