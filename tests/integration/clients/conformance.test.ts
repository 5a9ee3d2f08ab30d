import { execFile, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  recordAnswer,
  startConformanceProxy,
  type RecordedAnswer,
} from '../../support/conformance-proxy.js';
import { freePort } from '../../support/server-processes.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { vendorClient, type VendorClient } from '../../support/vendor-client.js';

/**
 * Every client library (clients/<language>) runs the shared scenarios (clients/conformance) as a
 * child process against this server: a real HTTP listener on SQLite, licenses provisioned
 * through the vendor API, and a proxy that tampers with and replays signed answers. A missing
 * toolchain fails the test with what to install; nothing is skipped.
 */
const CLIENTS = path.resolve('clients');
const PYTHON = '/usr/bin/python3';
const scenarios = JSON.parse(readFileSync(`${CLIENTS}/conformance/scenarios.json`, 'utf8')) as {
  scenarios: { id: string; steps: { expect: { outcome: string; code: string } }[] }[];
};

/** Each client: how to check its toolchain, build it once, and run its conformance runner. */
const RUNNERS: Record<
  string,
  {
    needs: [string, string[], string][];
    build?: [string, string[]];
    run: [string, string[]];
    cwd: string;
  }
> = {
  typescript: {
    needs: [],
    build: [process.execPath, ['scripts/build.mjs']],
    run: [process.execPath, ['dist/conformance/run.js']],
    cwd: `${CLIENTS}/typescript`,
  },
  python: {
    needs: [
      [PYTHON, ['-c', 'import cryptography'], 'apt-get install python3 python3-cryptography'],
    ],
    run: [PYTHON, ['conformance.py']],
    cwd: `${CLIENTS}/python`,
  },
  java: {
    needs: [
      ['javac', ['-version'], 'apt-get install openjdk-17-jdk-headless'],
      ['make', ['--version'], 'apt-get install make'],
    ],
    build: ['make', ['--silent', 'build/classes']],
    run: ['java', ['-cp', 'build/classes', 'com.portal.licensing.Conformance']],
    cwd: `${CLIENTS}/java`,
  },
  c: {
    needs: [
      ['make', ['--version'], 'apt-get install make'],
      [
        'pkg-config',
        ['--exists', 'libsodium', 'libcurl', 'libcjson'],
        'apt-get install pkg-config libsodium-dev libcurl4-openssl-dev libcjson-dev',
      ],
    ],
    build: ['make', ['--silent', 'build/conformance']],
    run: ['./build/conformance', []],
    cwd: `${CLIENTS}/c`,
  },
};

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  // Asynchronous: the server answering the runner lives in this process.
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      command,
      args,
      { cwd, env: { ...process.env, ...env }, timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          stderr,
        }),
    );
    child.stdin?.end();
  });
}

async function provision(
  vendor: VendorClient,
  organizationId: number,
  productCode: string,
  client: string,
) {
  const created = await vendor.post('/entitlements', {
    organizationId,
    salesOrder: `SO-CONFORMANCE-${client}`,
    orderDate: '2026-06-01',
    licenses: [
      { productCode, seats: 10 },
      { productCode, seats: 1 },
      { productCode, seats: 10 },
      { productCode, seats: 10, expiresAt: '2026-06-10T00:00:00.000Z' },
    ],
  });
  expect(created.statusCode, created.body).toBe(201);
  const [active, oneSeat, suspended, expired] = created.json().licenses as {
    id: number;
    key: string;
  }[];
  expect(
    (await vendor.post(`/licenses/${suspended.id}/suspend`, { reason: 'conformance' })).statusCode,
  ).toBe(200);
  return {
    CONFORMANCE_KEY_ACTIVE: active.key,
    CONFORMANCE_KEY_ONE_SEAT: oneSeat.key,
    CONFORMANCE_KEY_SUSPENDED: suspended.key,
    CONFORMANCE_KEY_EXPIRED: expired.key,
    CONFORMANCE_KEY_UNKNOWN: 'ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ',
  };
}

describe('client libraries pass the shared conformance scenarios', () => {
  let t: TestApp;
  let proxy: Awaited<ReturnType<typeof startConformanceProxy>>;
  let shared: NodeJS.ProcessEnv;
  let vendor: VendorClient;
  let organizationId: number;
  const productCode = 'CONFORMANCE';
  const stateDir = mkdtempSync(path.join(tmpdir(), 'conformance-state-'));
  const built = new Map<string, Promise<{ code: number | null; stdout: string; stderr: string }>>();

  beforeAll(async () => {
    // Java and C compile once per run, while the server starts beside them; TypeScript builds
    // in its test, once the server's key is known (it embeds it).
    for (const [name, runner] of Object.entries(RUNNERS)) {
      const missing = runner.needs.filter(
        ([command, args]) => spawnSync(command, args).status !== 0,
      );
      if (missing.length > 0 || !runner.build || name === 'typescript') continue; // Missing: reported by the client's own test.
      built.set(name, run(runner.build[0], runner.build[1], runner.cwd));
    }
    t = await createTestApp('sqlite');
    // The server's clock follows real time (clients check the answers' dates), shifted to record old answers.
    let shiftMs = 0;
    Object.defineProperty(t.clock, 'now', { get: () => new Date(Date.now() + shiftMs) });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    vendor = await vendorClient(t, 'conformance');
    const product = await vendor.post('/products', {
      code: productCode,
      name: 'Conformance',
      licenseType: 'subscription',
      deploymentType: 'on-premise',
      activationKind: 'machine',
    });
    expect(product.statusCode, product.body).toBe(201);
    const organizations = (await vendor.get('/organizations', { limit: '100' })).json().items as {
      id: number;
      slug: string;
    }[];
    organizationId = organizations.find((o) => o.slug === 'northwind-robotics')!.id;
    const replayKey = (await provision(vendor, organizationId, productCode, 'replay'))
      .CONFORMANCE_KEY_ACTIVE;
    const record = async (minutesAgo: number): Promise<RecordedAnswer> => {
      shiftMs = -minutesAgo * 60_000;
      const answer = await recordAnswer(`${url}/v1/licenses/validate`, {
        key: replayKey,
        identifier: 'replayed',
      });
      shiftMs = 0;
      return answer;
    };
    const replays = { stale: await record(10), recent: await record(2) };
    proxy = await startConformanceProxy(url, replays);
    const wrong = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x!;
    shared = {
      LICENSING_URL: url,
      LICENSING_PUBLIC_KEY: (await (await fetch(`${url}/v1/public-key`)).json()).publicKey,
      CONFORMANCE_WRONG_PUBLIC_KEY: Buffer.from(wrong, 'base64url').toString('base64'),
      CONFORMANCE_PRODUCT: productCode,
      CONFORMANCE_PROXY_URL: proxy.url,
      CONFORMANCE_DOWN_URL: `http://127.0.0.1:${await freePort()}`,
      CONFORMANCE_SCENARIOS: `${CLIENTS}/conformance/scenarios.json`,
      CONFORMANCE_STATE_DIR: stateDir,
    };
  }, 240_000);

  afterAll(async () => {
    await proxy?.close();
    await t?.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('examples/verify-client.ts exits 0 for a valid license, 1 for an invalid one, 2 for an untrusted answer', async () => {
    const keys = await provision(vendor, organizationId, productCode, 'example');
    const activated = await recordAnswer(`${shared.LICENSING_URL}/v1/activations`, {
      key: keys.CONFORMANCE_KEY_ACTIVE,
      identifier: 'example-machine',
    });
    expect(activated.status).toBe(201);
    const pemFile = path.join(stateDir, 'vendor.pem');
    writeFileSync(
      pemFile,
      (await (await fetch(`${shared.LICENSING_URL}/v1/public-key`)).json()).publicKeyPem,
    );
    const example = (baseUrl: string, key: string) =>
      // tsx's own command: run from the state folder, where the example keeps its state file.
      run(
        path.resolve('node_modules/.bin/tsx'),
        [
          path.resolve('examples/verify-client.ts'),
          baseUrl,
          key,
          '--public-key-file',
          pemFile,
          'example-machine',
        ],
        stateDir,
      );
    const valid = await example(shared.LICENSING_URL!, keys.CONFORMANCE_KEY_ACTIVE);
    expect([valid.code, valid.stdout]).toEqual([0, expect.stringContaining('Valid (VALID)')]);
    const suspended = await example(shared.LICENSING_URL!, keys.CONFORMANCE_KEY_SUSPENDED);
    expect([suspended.code, suspended.stdout]).toEqual([
      1,
      expect.stringContaining('Not valid (SUSPENDED)'),
    ]);
    const tampered = await example(
      `${shared.CONFORMANCE_PROXY_URL}/tamper`,
      keys.CONFORMANCE_KEY_ACTIVE,
    );
    expect([tampered.code, tampered.stdout]).toEqual([
      2,
      expect.stringContaining('not signed by the vendor'),
    ]);
  }, 60_000);

  for (const [name, runner] of Object.entries(RUNNERS)) {
    it(`${name}: every scenario passes`, async () => {
      const missing = runner.needs.filter(
        ([command, args]) => spawnSync(command, args).status !== 0,
      );
      if (missing.length > 0)
        throw new Error(
          `The ${name} client's toolchain is missing: ${missing.map(([, , install]) => install).join('; ')}`,
        );
      const env: NodeJS.ProcessEnv = {
        ...shared,
        ...(await provision(vendor, organizationId, productCode, name)),
      };
      if (name === 'typescript') {
        // The TypeScript runner trusts the key embedded at build time; the build gets it here.
        const build = await run(runner.build![0], runner.build![1], runner.cwd, {
          VENDOR_PUBLIC_KEY: env.LICENSING_PUBLIC_KEY,
        });
        expect(build.code, build.stdout + build.stderr).toBe(0);
        delete env.LICENSING_PUBLIC_KEY;
      } else if (runner.build) {
        const build = await built.get(name)!;
        expect(build.code, build.stdout + build.stderr).toBe(0);
      }
      const result = await run(runner.run[0], runner.run[1], runner.cwd, env);
      const lines = result.stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map(
          (line) =>
            JSON.parse(line) as {
              client: string;
              scenario: string;
              pass: boolean;
              got: { outcome: string; code: string }[];
            },
        );
      // Compared here too, so a runner that misreports `pass` cannot hide a failure.
      const expected = scenarios.scenarios.map((s) => ({
        client: name,
        scenario: s.id,
        pass: true,
        got: s.steps.map((step) => step.expect),
      }));
      expect(lines, result.stderr).toEqual(expected);
      expect(result.code).toBe(0);
    }, 180_000);
  }
});
