import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VendorOrganization } from '../../../src/common/vendor-api.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { vendorClient } from '../../support/vendor-client.js';

const CLI_TIMEOUT = 120_000;

/** `npx portal …`, as an integrator types it. */
function portal(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['--no-install', 'portal', ...args],
      { env: { ...process.env, LOG_LEVEL: 'silent', ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npx portal', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'portal-cli-modes-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(
    'prints its version, and refuses a DATA_DIR without a portal database unless --init',
    async () => {
      const version = await portal(['--version']);
      expect(version.stdout.trim()).toBe(
        (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version,
      );
      const empty = path.join(dataDir, 'typo');
      const refused = await portal(['org', 'list'], { DATA_DIR: empty });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('No portal database');
      expect(refused.stdout).toBe('');
      expect(existsSync(path.join(empty, 'portal.sqlite'))).toBe(false);
      expect(existsSync(path.join(empty, 'secrets.json'))).toBe(false);

      const created = await portal(['org', 'list', '--init'], { DATA_DIR: empty });
      expect(created.code, created.stderr).toBe(0);
      // Pure JSON on stdout: no npm banner.
      expect(JSON.parse(created.stdout)).toMatchObject({ items: [] });
    },
    CLI_TIMEOUT,
  );
});

describe('npx portal --url --token against a running server', () => {
  let t: TestApp;
  let url: string;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { seed: false });
    token = (await vendorClient(t, 'cli')).token;
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it(
    'provisions through the vendor API and reports its refusals',
    async () => {
      const created = await portal([
        'org',
        'create',
        '--name',
        'Remote Ltd',
        '--url',
        url,
        '--token',
        token,
      ]);
      expect(created.code, created.stderr).toBe(0);
      expect(JSON.parse(created.stdout)).toMatchObject({ name: 'Remote Ltd', slug: 'remote-ltd' });
      const audit = await t.ctx.db
        .selectFrom('audit_events')
        .select('actor_label')
        .executeTakeFirstOrThrow();
      expect(audit.actor_label).toBe('Vendor API (cli)');

      const missing = await portal(['org', 'get', '--id', '999', `--url=${url}`, '--token', token]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('Error (not_found)');
      const wrongToken = await portal(['org', 'list', '--url', url, '--token', 'nope']);
      expect(wrongToken.code).toBe(1);
      expect(wrongToken.stderr).toContain('Error (unauthenticated)');
    },
    CLI_TIMEOUT,
  );

  it(
    'prints the record its response schema describes, and refuses an answer of another shape',
    async () => {
      const listed = await portal(['org', 'list', '--url', url, '--token', token]);
      expect(listed.code, listed.stderr).toBe(0);
      const [first] = (JSON.parse(listed.stdout) as { items: Record<string, unknown>[] }).items;
      expect(Object.keys(first!).sort()).toEqual(Object.keys(VendorOrganization.properties).sort());

      // A server of another version: its organization has no slug and a text id.
      const other = createServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ id: 'org-1', name: 'Elsewhere', createdAt: 'today' }));
      });
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      const { port } = other.address() as AddressInfo;
      try {
        const answer = await portal([
          'org',
          'get',
          '--id',
          '1',
          '--url',
          `http://127.0.0.1:${port}`,
          '--token',
          token,
        ]);
        expect(answer.code).toBe(1);
        expect(answer.stdout).toBe('');
        expect(answer.stderr).toContain('Error (unexpected_answer)');
      } finally {
        await new Promise((resolve) => other.close(resolve));
      }
    },
    CLI_TIMEOUT,
  );
});
