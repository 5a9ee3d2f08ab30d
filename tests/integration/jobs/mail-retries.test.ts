import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../../src/server/db/transaction.js';
import {
  MAX_MAIL_ATTEMPTS,
  sendDueMails,
  sendQueuedMails,
} from '../../../src/server/jobs/mail-outbox.js';
import { queueMail } from '../../../src/server/mail/mail-queue.js';
import { VENDOR_OPERATIONS } from '../../../src/server/modules/provisioning/operations.js';
import { availableDialects } from '../../support/databases.js';
import { createTestApp, TEST_NOW, type TestApp } from '../../support/test-app.js';

const list = VENDOR_OPERATIONS.find((o) => o.command === 'deliveries list')!;
type Listed = {
  items: {
    status: string;
    attempts: number;
    nextAttemptAt: string | null;
    lastError: string | null;
  }[];
};

describe.each(await availableDialects())('queued emails retried on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    // Nothing listens on port 1: every attempt fails.
    t = await createTestApp(dialect, { seed: false, env: { SMTP_URL: 'smtp://127.0.0.1:1' } });
  });
  afterAll(() => t.close());

  const deliveries = async () =>
    (
      (await list.run(
        t.ctx,
        { params: {}, query: {}, body: {} },
        { label: 'test', ip: null },
      )) as Listed
    ).items;

  it('retries a failed send after 1, 2, 4, 8, 16 minutes, then shows it failed', async () => {
    const mail = { to: 'ops@example.com', subject: 'Seats', text: 'x', html: '<p>x</p>' };
    const queued = await inTransaction(t.ctx.db, (trx) => queueMail(t.ctx, trx, mail));
    expect(await sendQueuedMails(t.ctx, [queued])).toBe(false); // the first attempt, right after the commit
    let minutes = 0;
    for (let attempt = 1; attempt < MAX_MAIL_ATTEMPTS; attempt++) {
      if (attempt > 1) await sendDueMails(t.ctx);
      const [delivery] = await deliveries();
      minutes += 2 ** (attempt - 1);
      expect(delivery).toMatchObject({ status: 'pending', attempts: attempt });
      expect(delivery.lastError).toMatch(/ECONNREFUSED/);
      expect(delivery.nextAttemptAt).toBe(
        new Date(TEST_NOW.getTime() + minutes * 60_000).toISOString(),
      );
      await sendDueMails(t.ctx); // not due yet: no attempt
      expect((await deliveries())[0].attempts).toBe(attempt);
      t.clock.now = new Date(delivery.nextAttemptAt!);
    }
    await sendDueMails(t.ctx);
    expect((await deliveries())[0]).toMatchObject({
      status: 'failed',
      attempts: MAX_MAIL_ATTEMPTS,
      nextAttemptAt: null,
    });
  });
});
