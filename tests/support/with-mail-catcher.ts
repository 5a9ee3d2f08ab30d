import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { DialectName } from '../../src/server/db/dialect.js';
import { startSmtpCatcher, type SmtpCatcher } from './smtp-catcher.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * Registers the hooks of a suite whose app sends mail to an SMTP catcher: one catcher per
 * suite, a fresh seeded app per test, handed to `ready` before each test.
 */
export function withMailCatcher(
  dialect: DialectName,
  ready: (t: TestApp, smtp: SmtpCatcher) => void,
): void {
  let smtp: SmtpCatcher;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpCatcher();
  });
  afterAll(() => smtp.close());
  beforeEach(async () => {
    t = await createTestApp(dialect, { env: { SMTP_URL: smtp.url } });
    ready(t, smtp);
  });
  afterEach(() => t.close());
}
