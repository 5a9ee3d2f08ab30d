import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.js';
import { CLI_ACTOR } from '../../../src/server/cli/command.js';
import { loadConfig } from '../../../src/server/config.js';
import { seedDemoData } from '../../../src/server/demo/demo-seed.js';
import { transitionLicense } from '../../../src/server/modules/provisioning/licenses/service.js';
import {
  availableDialects,
  createTestDatabase,
  type TestDatabase,
} from '../../support/databases.js';
import { CLI_ARGS } from '../../support/compiled-server.js';
import { provisionLicense } from '../../support/licensing-fixtures.js';
import type { TestApp } from '../../support/test-app.js';
import { startReceiver, type WebhookReceiver } from '../../support/webhook-receiver.js';

const CLI_TIMEOUT = 120_000;

describe.each(await availableDialects())('webhooks from the CLI on %s', (dialect) => {
  let dataDir: string;
  let database: TestDatabase;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'portal-webhook-cli-'));
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

  /** Runs `npx portal <args>` on the test database and returns its JSON result. */
  const portal = (args: string[]) =>
    new Promise<Record<string, unknown> & { id: number }>((resolve, reject) => {
      execFile(
        process.execPath,
        [...CLI_ARGS, ...args],
        {
          env: {
            ...process.env,
            LOG_LEVEL: 'silent',
            DATA_DIR: dataDir,
            DATABASE_URL: database.url,
          },
        },
        (error, stdout, stderr) =>
          error ? reject(new Error(`${args.join(' ')}: ${stderr}`)) : resolve(JSON.parse(stdout)),
      );
    });

  it(
    'registers an endpoint, sends what is due, shows deliveries with their attempts and redelivers',
    async () => {
      const endpoint = await portal([
        'webhook',
        'create',
        '--receiver-url',
        `${receiver.url}/cli`,
        '--events',
        'license.suspended',
        '--events',
        'member.left',
      ]);
      expect(endpoint).toMatchObject({
        events: ['license.suspended', 'member.left'],
        enabled: true,
      });
      const secret = endpoint.secret as string;

      // The event, committed by a server on the same database and secrets (DATA_DIR).
      const { app, ctx } = await buildApp({
        config: loadConfig({ DATA_DIR: dataDir, DATABASE_URL: database.url, LOG_LEVEL: 'silent' }),
        database: database.handle,
        logger: false,
      });
      try {
        await seedDemoData(ctx);
        const { licenseId } = await provisionLicense({ ctx } as TestApp);
        await transitionLicense(ctx, licenseId, 'suspend', CLI_ACTOR, 'audit');
      } finally {
        await app.close();
      }

      expect(await portal(['webhook', 'send-due'])).toEqual({ ran: true });
      const [request] = receiver.receivedAt('/cli');
      new Webhook(secret).verify(request.body, request.headers as Record<string, string>);

      const page = await portal(['webhook', 'deliveries', '--id', String(endpoint.id)]);
      const [delivery] = page.items as { id: number; status: string; attempts: number }[];
      expect(delivery).toMatchObject({
        status: 'delivered',
        attempts: 1,
        eventType: 'license.suspended',
      });
      const detail = await portal(['webhook', 'delivery', '--id', String(delivery.id)]);
      expect(detail.history).toEqual([
        expect.objectContaining({ attempt: 1, statusCode: 200, error: null }),
      ]);
      const again = await portal(['webhook', 'redeliver', '--id', String(delivery.id)]);
      expect(again).toMatchObject({ status: 'pending', redeliveryOf: delivery.id, attempts: 0 });
      expect(await portal(['webhook', 'get', '--id', String(endpoint.id)])).not.toHaveProperty(
        'secret',
      );
    },
    CLI_TIMEOUT,
  );
});
