import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSecrets } from '../../../src/server/crypto/secrets.js';
import { spawnServer, waitUntilHealthy } from '../../support/server-processes.js';

// Each case starts a Node process: seconds each, more on a busy machine.
const START_TIMEOUT = 180_000;

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Starts a server that should refuse: its exit code and what it printed on stderr. */
async function refusal(env: NodeJS.ProcessEnv) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-refusal-'));
  folders.push(dataDir);
  const server = await spawnServer({ DATA_DIR: dataDir, SEED_DEMO: 'false', ...env });
  folders.push(server.dataDir);
  const code = await server.exited;
  return { code, lines: server.stderr().trim().split('\n') };
}

function secretsWithout(key: string): string {
  const secrets: Record<string, string> = { ...generateSecrets() };
  delete secrets[key];
  return JSON.stringify(secrets);
}

// Each case is one line naming the setting or path and the fix, no stack trace, exit code 1.
describe('a server that cannot start says why in one line', () => {
  it.concurrent(
    'names a key missing from PORTAL_SECRETS',
    async () => {
      const { code, lines } = await refusal({ PORTAL_SECRETS: secretsWithout('licenseKeyLookup') });
      expect(code).toBe(1);
      expect(lines).toEqual([expect.stringMatching(/PORTAL_SECRETS lacks licenseKeyLookup/)]);
    },
    START_TIMEOUT,
  );

  it.concurrent(
    'names an unknown (misspelt) key in PORTAL_SECRETS',
    async () => {
      const secrets = { ...generateSecrets(), downloadSigningKey: 'x' };
      const { code, lines } = await refusal({ PORTAL_SECRETS: JSON.stringify(secrets) });
      expect(code).toBe(1);
      expect(lines).toEqual([
        expect.stringMatching(/PORTAL_SECRETS has unknown key downloadSigningKey/),
      ]);
    },
    START_TIMEOUT,
  );

  it.concurrent(
    'names a secrets.json that is not JSON',
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-refusal-'));
      folders.push(dataDir);
      writeFileSync(path.join(dataDir, 'secrets.json'), '{ not json');
      const { code, lines } = await refusal({ DATA_DIR: dataDir });
      expect(code).toBe(1);
      expect(lines).toEqual([
        expect.stringContaining(`${path.join(dataDir, 'secrets.json')} is not valid JSON`),
      ]);
    },
    START_TIMEOUT,
  );

  it.concurrent(
    'names a DATA_DIR it cannot write',
    async () => {
      const { code, lines } = await refusal({ DATA_DIR: '/dev/null/portal-data' });
      expect(code).toBe(1);
      expect(lines).toEqual([
        expect.stringMatching(/DATA_DIR \/dev\/null\/portal-data is not writable \(ENOTDIR\)/),
      ]);
    },
    START_TIMEOUT,
  );

  it.concurrent(
    'names an unreachable DATABASE_URL, without its password',
    async () => {
      const { code, lines } = await refusal({
        DATABASE_URL: 'postgres://portal:hunter2@127.0.0.1:1/portal',
      });
      expect(code).toBe(1);
      expect(lines).toEqual([
        expect.stringMatching(/DATABASE_URL .* is unreachable .*ECONNREFUSED/),
      ]);
      expect(lines[0]).not.toContain('hunter2');
    },
    START_TIMEOUT,
  );

  it.concurrent(
    'names a REDIS_URL that is not one, and one that does not answer',
    async () => {
      const malformed = await refusal({ REDIS_URL: 'localhost:6379' });
      expect(malformed.code).toBe(1);
      expect(malformed.lines).toEqual([
        expect.stringMatching(/REDIS_URL must look like redis:\/\//),
      ]);
      const unreachable = await refusal({ REDIS_URL: 'redis://127.0.0.1:1' });
      expect(unreachable.code).toBe(1);
      expect(unreachable.lines).toEqual([
        expect.stringMatching(/REDIS_URL redis:\/\/127.0.0.1:1\/? is unreachable/),
      ]);
    },
    START_TIMEOUT,
  );

  it.concurrent(
    'generates the secrets of a new install once and says where',
    async () => {
      const server = await spawnServer({ SEED_DEMO: 'false', PORTAL_SECRETS: '' });
      folders.push(server.dataDir);
      await waitUntilHealthy(server);
      await server.stop();
      expect(server.output()).toContain(
        `secrets generated into ${path.join(server.dataDir, 'secrets.json')}`,
      );
    },
    START_TIMEOUT,
  );
});
