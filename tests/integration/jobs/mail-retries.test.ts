import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueMailDelivery } from '../../../src/server/jobs/mail-delivery-queries.js';
import { MAX_MAIL_ATTEMPTS, sendDueMails } from '../../../src/server/jobs/mail-outbox.js';
import { VENDOR_OPERATIONS } from '../../../src/server/modules/provisioning/operations.js';
import { availableDialects } from '../../support/databases.js';
import { createTestApp, TEST_NOW, type TestApp } from '../../support/test-app.js';

const list = VENDOR_OPERATIONS.find((o) => o.command === 'deliveries list')!;
type Listed = { items: { status: string; attempts: number; nextAttemptAt: string | null }[] };

describe.each(await availableDialects())('notification emails retried on %s', (dialect) => {
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
    await queueMailDelivery(t.ctx.db, mail, TEST_NOW.toISOString());
    let minutes = 0;
    for (let attempt = 1; attempt < MAX_MAIL_ATTEMPTS; attempt++) {
      await sendDueMails(t.ctx);
      const [delivery] = await deliveries();
      minutes += 2 ** (attempt - 1);
      expect(delivery).toMatchObject({ status: 'pending', attempts: attempt });
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
