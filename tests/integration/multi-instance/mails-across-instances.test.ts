import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_MESSAGE_PURPOSE, SecretBox } from '../../../src/server/crypto/secret-box.js';
import type { Secrets } from '../../../src/server/crypto/secrets.js';
import { tokenInLink } from '../account/mail-links.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { startServers, type ServerCluster } from '../../support/server-processes.js';
import { startSmtpCatcher, type SmtpCatcher } from '../../support/smtp-catcher.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Two real server processes on one PostgreSQL, each with its mail sender running every second:
// a mail goes out once, whichever instance queued it and however often both senders look.
describe.runIf((await availableDialects()).includes('postgres'))(
  'mails with two instances on one PostgreSQL',
  () => {
    let cluster: ServerCluster;
    let smtp: SmtpCatcher;
    let db: pg.Client;
    beforeAll(async () => {
      smtp = await startSmtpCatcher();
      cluster = await startServers({
        count: 2,
        database: 'postgres',
        env: { SMTP_URL: smtp.url, MAIL_RETRY_SECONDS: '1', NOTIFICATION_JOB_MINUTES: '0' },
      });
      db = new pg.Client({ connectionString: cluster.databaseUrl });
      await db.connect();
    }, 180_000);
    afterAll(async () => {
      await db?.end();
      await cluster?.stop();
      await smtp?.close();
    });

    const caught = (address: string) => smtp.messages.filter((m) => m.to.includes(address));

    it('mails a reset link once, whichever instance was asked, and logs no token', async () => {
      const [a, b] = cluster.instances.map((instance) => instance.url);
      const asked: [string, string][] = [
        [a, NORTHWIND_ADMIN],
        [b, NORTHWIND_VIEWER],
        [a, GLOBEX_ADMIN],
      ];
      for (const [base, email] of asked) {
        const response = await fetch(`${base}/api/portal/auth/forgot-password`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email }),
        });
        expect(response.status).toBe(200);
      }
      for (const [, email] of asked) await smtp.waitFor(email);
      await sleep(3_000); // three runs of each instance's sender
      for (const [, email] of asked) expect(caught(email)).toHaveLength(1);
      // Neither instance wrote the link's token anywhere in its output.
      for (const [, email] of asked) {
        const token = tokenInLink(caught(email)[0], '/reset-password');
        for (const instance of cluster.instances) expect(instance.output()).not.toContain(token);
      }
    });

    it('sends a due delivery from one instance only while both senders look for it', async () => {
      const secrets = JSON.parse(cluster.env.PORTAL_SECRETS!) as Secrets;
      const box = new SecretBox(secrets.licenseKeyEncryption, MAIL_MESSAGE_PURPOSE);
      const due = new Date(Date.now() - 1_000).toISOString();
      const recipients = Array.from({ length: 10 }, (_, i) => `due.${i}@example.com`);
      for (const recipient of recipients) {
        const sealed = box.seal(JSON.stringify({ text: 'due', html: '<p>due</p>', headers: null }));
        await db.query(
          `insert into mail_deliveries (recipient, subject, text_body, html_body, sealed_message, status, next_attempt_at, created_at)
           values ($1, 'Due', '', '', $2, 'pending', $3, $3)`,
          [recipient, sealed, due],
        );
      }
      for (const recipient of recipients) await smtp.waitFor(recipient);
      await sleep(3_000);
      for (const recipient of recipients) expect(caught(recipient)).toHaveLength(1);
      const { rows } = await db.query<{ status: string; attempts: number; sealed: boolean }>(
        `select status, attempts, sealed_message is not null as sealed from mail_deliveries where subject = 'Due'`,
      );
      expect(rows).toHaveLength(10);
      for (const row of rows) expect(row).toEqual({ status: 'sent', attempts: 1, sealed: false });
    });
  },
);
