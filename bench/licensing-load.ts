import type { LicenseProductDetail, LicenseProductItem } from '../src/common/licenses-api.js';
import type { Page } from '../src/common/page.js';
import type { DialectName } from '../src/server/db/dialect.js';
import { demoUsers } from '../src/server/demo/demo-data.js';
import { createTestDatabase } from '../tests/support/databases.js';
import { startServer } from '../tests/e2e/support/server.js';
import { inRotation, median, spread, type ResultRow } from './measure.js';
import { signInOverHttp } from './portal-client.js';
import {
  autocannon,
  cpuSecondsOf,
  PACED_WARMUP_SECONDS,
  pacedLoad,
  startNodeScript,
} from './processes.js';

const CONNECTIONS = 32;
const SECONDS = 5;
/** A seeded activation of the demo's Atlas license on ENT-000101. */
const FINGERPRINT = 'HWID-7F3A-91C2-D4E8';

/** The full key of the demo license that FINGERPRINT is activated on, revealed through the portal like a member would. */
export async function demoKey(baseUrl: string): Promise<string> {
  const alice = await signInOverHttp(baseUrl, demoUsers.find((u) => u.key === 'alice')!.email);
  const products = (await (
    await alice.get('/api/portal/licenses/products?q=Atlas')
  ).json()) as Page<LicenseProductItem>;
  const detail = (await (
    await alice.get(`/api/portal/licenses/products/${products.items[0].productId}`)
  ).json()) as LicenseProductDetail;
  const line = detail.lines.find((l) => l.entitlementPublicId === 'ENT-000101')!;
  return (
    (await (
      await alice.post(`/api/portal/licenses/${line.licenseId}/reveal-key`, { purpose: 'copy' })
    ).json()) as { key: string }
  ).key;
}

interface Target {
  url: string;
  body: unknown;
  pid: number;
}

interface Paced {
  cpuPerRequest: number;
  p99: number;
  failures: number;
}

/** CPU per request and latency of one server at a paced rate. */
async function paced(target: Target, rate: number): Promise<Paced> {
  const cpuBefore = cpuSecondsOf(target.pid);
  const result = await pacedLoad(target.url, target.body, {
    connections: CONNECTIONS,
    seconds: SECONDS,
    rate,
  });
  // paced-load.ts waits for every answer before it exits, its warm-up second's included.
  const requests = Math.round(rate * PACED_WARMUP_SECONDS) + Math.round(rate * SECONDS);
  return {
    cpuPerRequest: (cpuSecondsOf(target.pid) - cpuBefore) / requests,
    p99: result.p99,
    failures: result.non2xx + result.errors,
  };
}

/**
 * Licensing validate (key + fingerprint, signed response) against the reference server
 * (bench/reference-validate.ts: one indexed SQLite lookup, an answer of the same size, its
 * Ed25519 signature), interleaved in the same run, `repeats` times: throughput under
 * autocannon, then CPU per request at one paced rate for both (half validate's throughput
 * in that repeat), whose validate run also gives the p99 at half load. The budgets hold on
 * the medians. Beside them, the reference with validate's duties (bench/reference-duties.ts),
 * the floor of what the budget allows, and that floor with validate's own statement as its
 * lookup (bench/reference-statement.ts, decision 169), which leaves validate's code as the rest
 * of the distance. Each server and each load generator runs in its own process.
 */
export async function benchLicensingLoad(
  dialect: DialectName,
  repeats: number,
): Promise<ResultRow[]> {
  const database = dialect === 'postgres' ? await createTestDatabase('postgres') : null;
  const portal = await startServer({
    ...(database ? { DATABASE_URL: database.url } : {}),
    LOG_LEVEL: 'warn',
    NOTIFICATION_JOB_MINUTES: '0',
    LICENSING_RATE_LIMIT_PER_IP: '10000000',
    LICENSING_RATE_LIMIT_PER_KEY: '10000000',
  });
  try {
    const body = { key: await demoKey(portal.baseUrl), identifier: FINGERPRINT };
    const validateUrl = `${portal.baseUrl}/v1/licenses/validate`;
    const check = await fetch(validateUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = await check.text();
    if ((JSON.parse(answer) as { code: string }).code !== 'VALID')
      throw new Error(`the benchmark's key does not validate: ${answer}`);
    const startReference = (env: NodeJS.ProcessEnv) =>
      startNodeScript(
        'bench/reference-validate.ts',
        { BODY_BYTES: String(Buffer.byteLength(answer)), ...env },
        /listening on (\d+)/,
      );
    const reference = await startReference({});
    // The floor of validate's duties (bench/reference-duties.ts), answering validate's answer.
    const withDuties = await startReference({ DUTIES: answer });
    // The same floor reading validate's statement on the portal's own database.
    const withStatement = await startReference({
      DUTIES: answer,
      PORTAL_DATABASE_URL: portal.databaseUrl,
      PORTAL_DATA_DIR: portal.dataDir,
    });
    try {
      const target = (server: typeof reference): Target => ({
        url: `http://127.0.0.1:${server.match[1]}/validate`,
        body: { key: 'REF-1', identifier: FINGERPRINT },
        pid: server.child.pid!,
      });
      const targets = [
        { url: validateUrl, body, pid: portal.pid },
        target(reference),
        target(withDuties),
        { ...target(withStatement), body },
      ];
      const full = (target: Target) =>
        autocannon(target.url, target.body, { connections: CONNECTIONS, seconds: SECONDS });
      type Leg = Paced & { throughput: number };
      const pairs: {
        validate: Leg;
        reference: Leg;
        duties: Leg;
        statement: Leg;
        rate: number;
        failures: number;
      }[] = [];
      for (let repeat = 0; repeat < repeats; repeat++) {
        const [v, r, d, s] = await inRotation(
          repeat,
          targets.map((t) => () => full(t)),
        );
        const rate = Math.round(v.requestsPerSecond / 2);
        const [vPaced, rPaced, dPaced, sPaced] = await inRotation(
          repeat,
          targets.map((t) => () => paced(t, rate)),
        );
        const failures = [v, r, d, s, vPaced, rPaced, dPaced, sPaced].reduce(
          (sum, leg) => sum + ('non2xx' in leg ? leg.non2xx + leg.errors : leg.failures),
          0,
        );
        pairs.push({
          validate: { throughput: v.requestsPerSecond, ...vPaced },
          reference: { throughput: r.requestsPerSecond, ...rPaced },
          duties: { throughput: d.requestsPerSecond, ...dPaced },
          statement: { throughput: s.requestsPerSecond, ...sPaced },
          rate,
          failures,
        });
      }
      const throughputRatios = pairs.map((p) => p.validate.throughput / p.reference.throughput);
      const cpuRatios = pairs.map((p) => p.validate.cpuPerRequest / p.reference.cpuPerRequest);
      const p99s = pairs.map((p) => p.validate.p99);
      const failures = pairs.reduce((sum, p) => sum + p.failures, 0);
      const embedded = dialect === 'sqlite';
      const µs = (legs: Paced[]) =>
        spread(
          legs.map((leg) => leg.cpuPerRequest * 1e6),
          0,
        );
      const n = `min / median / max of ${repeats}`;
      /** A floor's throughput and CPU per request against the reference's, without a budget. */
      const floorRow = (bench: string, floor: 'duties' | 'statement'): ResultRow => ({
        bench: `${bench} / reference, throughput | CPU`,
        db: '-',
        figure: `${spread(
          pairs.map((p) => p[floor].throughput / p.reference.throughput),
          2,
        )} | ${spread(
          pairs.map((p) => p[floor].cpuPerRequest / p.reference.cpuPerRequest),
          2,
        )}`,
        budget: '–',
        ok: true,
      });
      return [
        {
          bench: `reference throughput (${n})`,
          db: '-',
          figure: `${spread(
            pairs.map((p) => p.reference.throughput),
            0,
          )} req/s`,
          budget: 'baseline',
          ok: true,
        },
        {
          bench: 'validate throughput',
          db: dialect,
          figure: `${spread(
            pairs.map((p) => p.validate.throughput),
            0,
          )} req/s`,
          budget: '-',
          ok: failures === 0,
        },
        {
          bench: 'validate / reference throughput',
          db: dialect,
          figure: spread(throughputRatios, 2),
          budget: embedded ? '≥ 0.8' : '-',
          ok: !embedded || median(throughputRatios) >= 0.8,
        },
        {
          bench: `CPU µs/request at ${spread(
            pairs.map((p) => p.rate),
            0,
          )} req/s: reference | validate`,
          db: dialect,
          figure: `${µs(pairs.map((p) => p.reference))} | ${µs(pairs.map((p) => p.validate))} (with duties ${µs(pairs.map((p) => p.duties))}; and validate's statement ${µs(pairs.map((p) => p.statement))})`,
          budget: '-',
          ok: true,
        },
        {
          bench: 'validate / reference CPU per request',
          db: dialect,
          figure: spread(cpuRatios, 2),
          budget: embedded ? '≤ 1.25' : '-',
          ok: !embedded || median(cpuRatios) <= 1.25,
        },
        floorRow("floor: reference with validate's duties", 'duties'),
        floorRow("floor: reference with validate's duties and its statement", 'statement'),
        {
          // A pause of the machine shows here too; one of validate's own does not.
          bench: "p99 at validate's half load: reference | floor with duties",
          db: '-',
          figure: `${spread(
            pairs.map((p) => p.reference.p99),
            1,
          )} | ${spread(
            pairs.map((p) => p.duties.p99),
            1,
          )} ms`,
          budget: '–',
          ok: true,
        },
        {
          bench: 'validate p99 at half load, paced',
          db: dialect,
          figure: `${spread(p99s, 1)} ms`,
          budget: '≤ 10 ms',
          ok: median(p99s) <= 10 && failures === 0,
        },
      ];
    } finally {
      await reference.stop();
      await withDuties.stop();
      await withStatement.stop();
    }
  } finally {
    await portal.stop();
    await database?.drop();
  }
}
