import type { LicenseProductDetail, LicenseProductItem } from '../src/common/licenses-api.js';
import type { Page } from '../src/common/page.js';
import type { DialectName } from '../src/server/db/dialect.js';
import { demoUsers } from '../src/server/demo/demo-data.js';
import { createTestDatabase } from '../tests/support/databases.js';
import { startServer } from '../tests/e2e/support/server.js';
import type { ResultRow } from './measure.js';
import { signInOverHttp } from './portal-client.js';
import { autocannon, pacedLoad, startNodeScript } from './processes.js';

const CONNECTIONS = 32;
const SECONDS = 10;
/** A seeded activation of the demo's Atlas license on ENT-000101. */
const FINGERPRINT = 'HWID-7F3A-91C2-D4E8';

/** The full key of the demo license that FINGERPRINT is activated on, revealed through the portal like a member would. */
async function demoKey(baseUrl: string): Promise<string> {
  const alice = await signInOverHttp(baseUrl, demoUsers.find((u) => u.key === 'alice')!.email);
  const products = (await (await alice.get('/api/portal/licenses/products?q=Atlas')).json()) as Page<LicenseProductItem>;
  const detail = (await (await alice.get(`/api/portal/licenses/products/${products.items[0].productId}`)).json()) as LicenseProductDetail;
  const line = detail.lines.find((l) => l.entitlementPublicId === 'ENT-000101')!;
  return ((await (await alice.post(`/api/portal/licenses/${line.licenseId}/reveal-key`, { purpose: 'copy' })).json()) as { key: string }).key;
}

/**
 * Licensing validate (key + fingerprint, signed response) under autocannon, against a bare
 * Fastify route in the same run; then requests evenly paced at half the measured rate for the
 * latency (bench/paced-load.ts). The server, the baseline and each load generator run in
 * their own process.
 */
export async function benchLicensingLoad(dialect: DialectName): Promise<ResultRow[]> {
  const database = dialect === 'postgres' ? await createTestDatabase('postgres') : null;
  const portal = await startServer({
    ...(database ? { DATABASE_URL: database.url } : {}),
    LOG_LEVEL: 'warn',
    NOTIFICATION_JOB_MINUTES: '0',
    LICENSING_RATE_LIMIT_PER_IP: '10000000',
    LICENSING_RATE_LIMIT_PER_KEY: '10000000',
  });
  const bare = await startNodeScript('bench/bare-fastify.ts', {}, /listening on (\d+)/);
  try {
    const body = { key: await demoKey(portal.baseUrl), identifier: FINGERPRINT };
    const validateUrl = `${portal.baseUrl}/v1/licenses/validate`;
    const check = (await (await fetch(validateUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as { code: string };
    if (check.code !== 'VALID') throw new Error(`the benchmark's key does not validate: ${check.code}`);

    const load = { connections: CONNECTIONS, seconds: SECONDS };
    const baseline = await autocannon(`http://127.0.0.1:${bare.match[1]}/constant`, {}, load);
    const validate = await autocannon(validateUrl, body, load);
    const halfLoad = await pacedLoad(validateUrl, body, { ...load, rate: Math.round(validate.requestsPerSecond / 2) });
    const ratio = validate.requestsPerSecond / baseline.requestsPerSecond;
    const failures = validate.non2xx + validate.errors + halfLoad.non2xx + halfLoad.errors;
    return [
      { bench: 'bare Fastify constant JSON', db: '-', figure: `${Math.round(baseline.requestsPerSecond)} req/s`, budget: 'baseline', ok: true },
      { bench: 'licensing validate throughput', db: dialect, figure: `${Math.round(validate.requestsPerSecond)} req/s`, budget: '-', ok: failures === 0 },
      { bench: 'validate / bare Fastify', db: dialect, figure: ratio.toFixed(2), budget: '≥ 0.5', ok: ratio >= 0.5 },
      {
        bench: `validate p99 at ${Math.round(validate.requestsPerSecond / 2)} req/s`,
        db: dialect,
        figure: `${halfLoad.p99.toFixed(1)} ms (p50 ${halfLoad.p50.toFixed(1)})`,
        budget: '≤ 10 ms',
        ok: halfLoad.p99 <= 10 && failures === 0,
      },
    ];
  } finally {
    await bare.stop();
    await portal.stop();
    await database?.drop();
  }
}
