import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-data.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import { startServers, type ServerCluster } from '../../support/server-processes.js';

const REDIS_URL = 'redis://127.0.0.1:6379';
const PER_KEY = 20;

const post = (base: string, path: string, body: unknown) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

// Two real server processes on one PostgreSQL and one Redis, started at the same moment on an empty database.
describe.runIf((await availableDialects()).includes('postgres'))(
  'two instances on one PostgreSQL and Redis',
  () => {
    let cluster: ServerCluster;
    beforeAll(async () => {
      cluster = await startServers({
        count: 2,
        database: 'postgres',
        env: { REDIS_URL, LICENSING_RATE_LIMIT_PER_KEY: String(PER_KEY) },
      });
    }, 180_000);
    afterAll(() => cluster?.stop());

    it('both start on one empty database, which gets one demo organization', async () => {
      const client = new pg.Client({ connectionString: cluster.databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ slug: string }>(
          'select slug from organizations order by slug',
        );
        expect(new Set(rows.map((r) => r.slug)).size).toBe(rows.length);
        const seededOnce = await client.query(
          'select count(*)::int as n from users where email = $1',
          [NORTHWIND_ADMIN],
        );
        expect(seededOnce.rows[0].n).toBe(1);
      } finally {
        await client.end();
      }
    });

    it('runs the scheduled notification job in one instance only', async () => {
      const client = new pg.Client({ connectionString: cluster.databaseUrl });
      await client.connect();
      try {
        // Each instance tries at start; wait for the run that won to finish.
        let run: { runs: number; finished_at: string | null } | undefined;
        while (!run?.finished_at) {
          const { rows } = await client.query(
            "select runs, finished_at from job_runs where name = 'notifications'",
          );
          run = rows[0];
          if (!run?.finished_at) await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(run.runs).toBe(1);
      } finally {
        await client.end();
      }
    });

    it('holds the per-key licensing limit across both: 20 a minute in all, not 40', async () => {
      const [a, b] = cluster.instances.map((instance) => instance.url);
      const key = 'KEY00-00000-00000-00000-SHARE';
      const statuses: number[] = [];
      for (let i = 0; i < PER_KEY + 10; i++) {
        const response = await post(i % 2 === 0 ? a : b, '/v1/licenses/validate', { key });
        statuses.push(response.status);
      }
      expect(statuses.filter((s) => s === 200)).toHaveLength(PER_KEY);
      expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    });

    it('locks an account out after 5 wrong passwords in all, whichever instance they went to', async () => {
      const [a, b] = cluster.instances.map((instance) => instance.url);
      for (let i = 0; i < 5; i++) {
        const wrong = await post(i % 2 === 0 ? a : b, '/api/portal/auth/login', {
          email: NORTHWIND_ADMIN,
          password: 'not-the-password',
        });
        expect(wrong.status).toBe(401);
      }
      for (const base of [a, b]) {
        const refused = await post(base, '/api/portal/auth/login', {
          email: NORTHWIND_ADMIN,
          password: DEMO_PASSWORD,
        });
        expect(refused.status).toBe(429);
        expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
          /Too many sign-in attempts/,
        );
      }
    });
  },
);
