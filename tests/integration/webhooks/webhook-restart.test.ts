import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.js';
import { loadConfig } from '../../../src/server/config.js';
import { generateSecrets } from '../../../src/server/crypto/secrets.js';
import { openDatabase } from '../../../src/server/db/database.js';
import { seedDemoData } from '../../../src/server/demo/demo-seed.js';
import { createApiToken } from '../../../src/server/modules/provisioning/tokens/service.js';
import { scheduleWebhookDeliveries } from '../../../src/server/webhooks/webhook-scheduler.js';
import {
  availableDialects,
  createTestDatabase,
  type TestDatabase,
} from '../../support/databases.js';
import { provisionLicense } from '../../support/licensing-fixtures.js';
import type { TestApp } from '../../support/test-app.js';
import { startReceiver, type WebhookReceiver } from '../../support/webhook-receiver.js';

describe.each(await availableDialects())('webhooks across a server restart on %s', (dialect) => {
  let dataDir: string;
  let database: TestDatabase;
  let receiver: WebhookReceiver;
  const secrets = generateSecrets();
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'portal-webhooks-'));
    database = await createTestDatabase(dialect, {
      sqliteFile: path.join(dataDir, 'portal.sqlite'),
    });
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** One server on the shared database, on the real clock (the receiver verifies timestamps). */
  const startServer = async () => {
    const handle = openDatabase(database.url);
    const config = loadConfig({
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      LOG_LEVEL: 'silent',
    });
    const { app, ctx } = await buildApp({ config, database: handle, secrets, logger: false });
    await app.ready();
    return {
      app,
      ctx,
      stop: async () => {
        await app.close();
        await handle.db.destroy();
      },
    };
  };

  it('delivers an event committed just before the server stopped, from the server started after it', async () => {
    // The first server commits the event and stops before its sender ever runs.
    const first = await startServer();
    await seedDemoData(first.ctx);
    const { token } = await createApiToken(first.ctx, 'erp');
    const vendor = (method: 'GET' | 'POST', url: string, payload?: object) =>
      first.app.inject({
        method,
        url: `/api/vendor${url}`,
        payload,
        headers: { authorization: `Bearer ${token}` },
      });
    const endpoint = (
      await vendor('POST', '/webhooks', {
        receiverUrl: `${receiver.url}/restart`,
        events: ['license.suspended'],
      })
    ).json();
    const { licenseId } = await provisionLicense({ ctx: first.ctx } as TestApp);
    expect((await vendor('POST', `/licenses/${licenseId}/suspend`, {})).statusCode).toBe(200);
    await first.stop();
    expect(receiver.receivedAt('/restart')).toHaveLength(0);

    // The second one finds it in the outbox and sends it.
    const second = await startServer();
    const stopSender = scheduleWebhookDeliveries(second.ctx, 1, second.app.log);
    try {
      const [request] = await receiver.waitFor('/restart', 1);
      const message = new Webhook(endpoint.secret).verify(
        request.body,
        request.headers as Record<string, string>,
      );
      expect(message).toMatchObject({
        type: 'license.suspended',
        data: { license: { id: licenseId } },
      });
    } finally {
      await stopSender();
      await second.stop();
    }
  });
});
