import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.js';
import { loadConfig } from '../../../src/server/config.js';
import { VENDOR_OPERATIONS } from '../../../src/server/modules/provisioning/operations.js';
import { CLI_ARGS } from '../../support/compiled-server.js';
import {
  availableDialects,
  createTestDatabase,
  type TestDatabase,
} from '../../support/databases.js';

const CLI_TIMEOUT = 120_000;

function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // What `npx portal` runs (the compiled CLI), without npx's own start-up time.
    execFile(
      process.execPath,
      [...CLI_ARGS, ...args],
      { env: { ...process.env, LOG_LEVEL: 'silent', ...env } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('CLI help', () => {
  it(
    'documents every command, each with --help, and refuses unknown ones',
    async () => {
      const [overview, command, unknown] = await Promise.all([
        cli(['--help']),
        cli(['entitlement', 'create', '--help']),
        cli(['entitlement', 'destroy']),
      ]);
      expect(overview.code).toBe(0);
      for (const operation of VENDOR_OPERATIONS)
        expect(overview.stdout).toContain(operation.command);
      expect(command.code).toBe(0);
      expect(command.stdout).toContain('HTTP: POST /api/vendor/entitlements');
      expect(command.stdout).toMatch(
        /--sales-order <text>\s+\(required\) The sales order number\./,
      );
      expect(command.stdout).toMatch(/--licenses <key=value,…>\s+\(required\) \(repeatable\)/);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('Unknown command "entitlement destroy"');
    },
    CLI_TIMEOUT,
  );
});

describe.each(await availableDialects())('CLI end to end on %s', (dialect) => {
  let dataDir: string;
  let database: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'portal-cli-'));
    database = await createTestDatabase(dialect, {
      sqliteFile: path.join(dataDir, 'portal.sqlite'),
    });
    env = { DATA_DIR: dataDir, DATABASE_URL: database.url };
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'creates a vendor token the API accepts, provisions with it, and reports a wrong field by its flag',
    async () => {
      const [created, organization, refused] = await Promise.all([
        cli(['token', 'create', '--name', 'ci'], env),
        cli(['org', 'create', '--name', 'Acme CLI Inc'], env),
        cli(
          [
            'entitlement',
            'create',
            '--organization-id',
            '1',
            '--order-date',
            '2026-06-01',
            '--licenses',
            'productCode=ATLAS,seats=two',
          ],
          env,
        ),
      ]);
      expect(created.code, created.stderr).toBe(0);
      expect(created.stderr).toContain('shown only once');
      const { token } = JSON.parse(created.stdout) as { token: string };
      expect(organization.code, organization.stderr).toBe(0);
      expect(JSON.parse(organization.stdout)).toMatchObject({
        name: 'Acme CLI Inc',
        slug: 'acme-cli-inc',
      });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('Error (validation_failed)');
      expect(refused.stderr).toContain('--sales-order is required');

      const { app } = await buildApp({
        config: loadConfig({ ...env, LOG_LEVEL: 'silent' }),
        database: database.handle,
        logger: false,
      });
      try {
        const response = await app.inject({
          method: 'GET',
          url: '/api/vendor/organizations',
          headers: { authorization: `Bearer ${token}` },
        });
        expect(response.statusCode).toBe(200);
        expect(response.json().items.map((o: { name: string }) => o.name)).toEqual([
          'Acme CLI Inc',
        ]);
        const audit = await database.handle.db
          .selectFrom('audit_events')
          .select('actor_label')
          .executeTakeFirstOrThrow();
        expect(audit.actor_label).toBe('Vendor CLI');
      } finally {
        await app.close();
      }
    },
    CLI_TIMEOUT,
  );

  it(
    'creates and removes features, grants, changes and removes them (each audited for the customer), and sets the support contact',
    async () => {
      const run = async (args: string[]) => {
        const result = await cli(args, env);
        expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
        return JSON.parse(result.stdout) as Record<string, unknown> & { id: number };
      };
      // Independent commands run together: each CLI start is slow on a busy machine.
      const [product, org, contact] = await Promise.all([
        run([
          'product',
          'create',
          '--code',
          'FEAT-CLI',
          '--name',
          'Feature CLI Product',
          '--license-type',
          'perpetual',
          '--deployment-type',
          'on-premise',
          '--activation-kind',
          'machine',
        ]),
        run(['org', 'create', '--name', 'Feature CLI Org']),
        run([
          'support',
          'set',
          '--support-email',
          'help@cli.example',
          '--renewal-email',
          'renew@cli.example',
        ]),
      ]);
      expect(contact).toEqual({
        supportEmail: 'help@cli.example',
        supportUrl: null,
        renewalEmail: 'renew@cli.example',
      });
      const [feature, entitlement] = await Promise.all([
        run([
          'feature',
          'create',
          '--id',
          String(product.id),
          '--code',
          'fea-solver',
          '--name',
          'FEA Solver',
          '--kind',
          'switch',
        ]),
        run([
          'entitlement',
          'create',
          '--organization-id',
          String(org.id),
          '--sales-order',
          'SO-CLI-1',
          '--order-date',
          '2026-06-01',
          '--licenses',
          'productCode=FEAT-CLI,seats=2',
        ]) as Promise<unknown> as Promise<{ licenses: { id: number }[] }>,
      ]);
      expect(feature).toMatchObject({ code: 'fea-solver', name: 'FEA Solver', kind: 'switch' });
      const license = String(entitlement.licenses[0].id);

      const granted = await run([
        'license',
        'feature-grant',
        '--id',
        license,
        '--code',
        'fea-solver',
        '--expires-at',
        '2027-06-01T00:00:00.000Z',
      ]);
      expect(granted.features).toEqual([
        expect.objectContaining({ code: 'fea-solver', expiresAt: '2027-06-01T00:00:00.000Z' }),
      ]);
      const [changed, refused] = await Promise.all([
        run([
          'license',
          'feature-change',
          '--id',
          license,
          '--code',
          'fea-solver',
          '--expires-at',
          'null',
        ]),
        cli(['feature', 'delete', '--id', String(feature.id)], env),
      ]);
      expect(changed.features).toEqual([expect.objectContaining({ expiresAt: null })]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('feature_in_use');
      expect(
        (await run(['license', 'feature-remove', '--id', license, '--code', 'fea-solver']))
          .features,
      ).toEqual([]);
      expect(await run(['feature', 'delete', '--id', String(feature.id)])).toMatchObject({
        deleted: true,
      });

      const events = await database.handle.db
        .selectFrom('audit_events')
        .select(['action', 'message', 'actor_label'])
        .where('organization_id', '=', org.id)
        .where('action', 'like', 'license.feature_%')
        .orderBy('id')
        .execute();
      const on = 'the Feature CLI Product license of ENT-\\d+';
      expect(events).toEqual([
        {
          action: 'license.feature_granted',
          message: expect.stringMatching(new RegExp(`^Vendor CLI added FEA Solver to ${on}`)),
          actor_label: 'Vendor CLI',
        },
        {
          action: 'license.feature_changed',
          message: expect.stringMatching(new RegExp(`^Vendor CLI changed FEA Solver on ${on}`)),
          actor_label: 'Vendor CLI',
        },
        {
          action: 'license.feature_removed',
          message: expect.stringMatching(new RegExp(`^Vendor CLI removed FEA Solver from ${on}`)),
          actor_label: 'Vendor CLI',
        },
      ]);
    },
    CLI_TIMEOUT * 4,
  );
});
