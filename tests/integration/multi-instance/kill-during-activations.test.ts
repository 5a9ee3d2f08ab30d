import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.js';
import { loadConfig } from '../../../src/server/config.js';
import { openDatabase, type DatabaseHandle } from '../../../src/server/db/database.js';
import { availableDialects } from '../../support/databases.js';
import { provisionLicense, type ProvisionedLicense } from '../../support/licensing-fixtures.js';
import { startServers, type ServerCluster } from '../../support/server-processes.js';
import type { TestApp } from '../../support/test-app.js';

// Both topologies: processes sharing one SQLite file on one box, and instances on one PostgreSQL.
const databases = await availableDialects();
const SEATS = 25;
const ATTEMPTS = 80;

describe.each(databases)(
  `kill -9 of one of two instances on %s during an activation burst`,
  (database) => {
    let cluster: ServerCluster;
    let handle: DatabaseHandle;
    let license: ProvisionedLicense;
    let dataDir: string;
    beforeAll(async () => {
      cluster = await startServers({ count: 2, database, sequential: true });
      // The license is made through the vendor services on the instances' database and secrets.
      dataDir = mkdtempSync(path.join(tmpdir(), 'portal-burst-'));
      const config = loadConfig({ ...cluster.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
      handle = openDatabase(cluster.databaseUrl);
      const { ctx, app } = await buildApp({ config, database: handle, logger: false });
      license = await provisionLicense({ ctx } as unknown as TestApp, { seats: SEATS });
      await app.close();
    });
    afterAll(async () => {
      await handle?.db.destroy();
      await cluster?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('loses no acknowledged activation, oversells nothing, and the other keeps serving', async () => {
      const [a, b] = cluster.instances;
      const activate = (base: string, i: number) =>
        fetch(`${base}/v1/activations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ key: license.key, identifier: `machine-${i}` }),
        }).then(
          async (response) => ({ i, status: response.status, body: await response.json() }),
          () => ({ i, status: 0, body: undefined }),
        );

      const calls: Promise<{ i: number; status: number; body: unknown }>[] = [];
      let killed: Promise<void> | undefined;
      for (let i = 0; i < ATTEMPTS; i++) {
        calls.push(activate(i % 2 === 0 ? a.url : b.url, i));
        if (i === ATTEMPTS / 4) killed = calls[0].then(() => a.kill());
      }
      const results = await Promise.all(calls);
      await killed;

      const acknowledged = results.filter((r) => r.status === 201).map((r) => `machine-${r.i}`);
      const stored = await handle.db
        .selectFrom('activations')
        .select(['identifier', 'quantity'])
        .where('license_id', '=', license.licenseId)
        .where('deactivated_at', 'is', null)
        .execute();
      const storedIds = stored.map((row) => row.identifier);
      for (const identifier of acknowledged) expect(storedIds).toContain(identifier);
      expect(stored.reduce((sum, row) => sum + Number(row.quantity), 0)).toBeLessThanOrEqual(SEATS);
      expect(acknowledged.length).toBeLessThanOrEqual(SEATS);
      for (const refused of results.filter((r) => r.status === 409))
        expect(refused.body).toMatchObject({ error: { code: 'SEATS_EXHAUSTED' } });

      const validate = await fetch(`${b.url}/v1/licenses/validate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: license.key }),
      });
      expect(validate.status).toBe(200);
      expect(a.pid).not.toBe(b.pid);
    });
  },
);
