// The conformance runner (clients/conformance/README.md): runs scenarios.json against a server
// and prints one JSON line per scenario. Exit code 0 when every scenario passed.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LicensingClient, RefusedError, UnreachableError } from '../src/client.js';
import { LicenseFileError } from '../src/license-file.js';
import { createOfflineRequest } from '../src/offline-activation.js';
import { UntrustedAnswerError } from '../src/signed-answer.js';

interface Step {
  call:
    'activate' | 'validate' | 'heartbeat' | 'deactivate' | 'license_file' | 'offline_activation';
  key: string;
  identifier: string;
  via?: 'server' | 'tamper' | 'stale' | 'recent' | 'down';
  publicKey?: 'vendor' | 'wrong';
  clockOffsetSeconds?: number;
  expect: Outcome;
}
interface Outcome {
  outcome: string;
  code: string;
}
interface Suite {
  defaults: { offlineGraceSeconds: number };
  scenarios: { id: string; offlineGraceSeconds?: number; steps: Step[] }[];
}

const CLIENT = 'typescript';
const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name} (clients/conformance/README.md).`);
  return value;
};
const suite = JSON.parse(
  readFileSync(
    process.env.CONFORMANCE_SCENARIOS ??
      path.resolve(path.dirname(process.argv[1]), '../../../conformance/scenarios.json'),
    'utf8',
  ),
) as Suite;
const stateDir = mkdtempSync(
  path.join(process.env.CONFORMANCE_STATE_DIR ?? tmpdir(), 'conformance-ts-'),
);
const baseUrls = {
  server: env('LICENSING_URL'),
  tamper: `${env('CONFORMANCE_PROXY_URL')}/tamper`,
  stale: `${env('CONFORMANCE_PROXY_URL')}/stale`,
  recent: `${env('CONFORMANCE_PROXY_URL')}/recent`,
  down: env('CONFORMANCE_DOWN_URL'),
};
const product = env('CONFORMANCE_PRODUCT');

async function run(step: Step, stateFile: string, grace: number): Promise<Outcome> {
  const client = new LicensingClient({
    baseUrl: baseUrls[step.via ?? 'server'],
    // Without LICENSING_PUBLIC_KEY the key embedded at build time is the vendor's.
    publicKey:
      step.publicKey === 'wrong'
        ? env('CONFORMANCE_WRONG_PUBLIC_KEY')
        : process.env.LICENSING_PUBLIC_KEY,
    product,
    stateFile,
    offlineGraceSeconds: grace,
    now: () => new Date(Date.now() + (step.clockOffsetSeconds ?? 0) * 1000),
  });
  const key = env(`CONFORMANCE_KEY_${step.key}`);
  const identifier = step.identifier.replace('{client}', CLIENT);
  try {
    switch (step.call) {
      case 'activate': {
        const { created } = await client.activate(key, identifier, { hostname: 'conformance' });
        return { outcome: 'ok', code: created ? 'ACTIVATED' : 'ALREADY_ACTIVATED' };
      }
      case 'validate': {
        const validation = await client.validate(key, identifier);
        return { outcome: validation.source === 'cache' ? 'offline' : 'ok', code: validation.code };
      }
      case 'heartbeat':
        await client.heartbeat(key, identifier);
        return { outcome: 'ok', code: 'OK' };
      case 'deactivate':
        await client.deactivate(key, identifier);
        return { outcome: 'ok', code: 'OK' };
      case 'license_file':
        await client.licenseFile(key, identifier);
        return { outcome: 'ok', code: 'VALID' };
      case 'offline_activation': {
        const request = createOfflineRequest({ key, product, identifier });
        const file = await client.submitOfflineRequest(request);
        client.verifyLicenseFile(JSON.parse(JSON.stringify(file)), identifier, request.nonce);
        return { outcome: 'ok', code: 'VALID' };
      }
    }
  } catch (error) {
    if (error instanceof RefusedError) return { outcome: 'refused', code: error.code };
    if (error instanceof UntrustedAnswerError) return { outcome: 'untrusted', code: error.reason };
    if (error instanceof UnreachableError) return { outcome: 'unreachable', code: error.code };
    if (error instanceof LicenseFileError)
      return { outcome: 'untrusted', code: `license_file_${error.problem}` };
    return { outcome: 'error', code: String(error) };
  }
}

let failures = 0;
for (const scenario of suite.scenarios) {
  const stateFile = path.join(stateDir, `${scenario.id}.json`);
  const grace = scenario.offlineGraceSeconds ?? suite.defaults.offlineGraceSeconds;
  const got: Outcome[] = [];
  for (const step of scenario.steps) got.push(await run(step, stateFile, grace));
  const pass = scenario.steps.every(
    (step, i) => got[i].outcome === step.expect.outcome && got[i].code === step.expect.code,
  );
  if (!pass) failures++;
  console.log(JSON.stringify({ client: CLIENT, scenario: scenario.id, pass, got }));
}
process.exit(failures === 0 ? 0 : 1);
