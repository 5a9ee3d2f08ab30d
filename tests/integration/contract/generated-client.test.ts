import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-data.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { vendorClient } from '../../support/vendor-client.js';

/**
 * What an integrator does: generate a client from the served documents with a third-party
 * generator, type-check a scenario against it (strict, no casts) and run it on a live server.
 */
const SCENARIO = `
import createClient from 'openapi-fetch';
import type { paths as PortalPaths } from './portal';
import type { paths as VendorPaths } from './vendor';

export async function scenario(baseUrl: string, vendorToken: string, email: string, password: string) {
  const vendor = createClient<VendorPaths>({ baseUrl, headers: { authorization: 'Bearer ' + vendorToken } });
  const portal = createClient<PortalPaths>({ baseUrl });

  const organizations = await vendor.GET('/api/vendor/organizations', { params: { query: { limit: 100 } } });
  const northwind = organizations.data?.items.find((org) => org.slug === 'northwind-robotics');
  if (!northwind) throw new Error('no Northwind organization');
  const created = await vendor.POST('/api/vendor/entitlements', {
    body: {
      organizationId: northwind.id,
      salesOrder: 'SO-CONTRACT-1',
      orderDate: '2026-06-01',
      licenses: [{ productCode: 'ATLAS-CAD', seats: 2 }],
    },
  });
  if (!created.data) throw new Error('entitlement refused: ' + JSON.stringify(created.error));
  const entitlement = created.data;
  const license = entitlement.licenses[0];
  if (!license) throw new Error('no license line');
  const key: string = license.key;

  const login = await portal.POST('/api/portal/auth/login', { body: { email, password } });
  const cookie = login.response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const lines = await portal.GET('/api/portal/licenses/entitlements', {
    params: { query: { scope: 'entitlementId', q: entitlement.publicId } },
    headers: { cookie },
  });
  const listed = lines.data?.items.find((line) => line.entitlementPublicId === entitlement.publicId);
  const session = await portal.GET('/api/portal/session', { headers: { cookie } });
  const role: 'admin' | 'viewer' | null = session.data?.role ?? null;
  const dashboard = await portal.GET('/api/portal/dashboard', { headers: { cookie } });
  const totalLicenses: number | null = dashboard.data?.kpis.totalLicenses ?? null;

  const identifier = 'contract-test-machine';
  const activated = await portal.POST('/v1/activations', { body: { key, identifier } });
  const validated = await portal.POST('/v1/licenses/validate', { body: { key, identifier } });
  return {
    publicId: entitlement.publicId,
    listed: listed ? { status: listed.status, seats: listed.totalAvailable } : null,
    role,
    dashboardCounts: totalLicenses !== null && totalLicenses > 0,
    activation: activated.data ? { created: activated.data.created, liveSeats: activated.data.license.liveSeats } : null,
    validation: validated.data ? { valid: validated.data.valid, code: validated.data.code } : null,
    signed: validated.response.headers.get('x-signature')?.startsWith('ed25519=') ?? false,
  };
}
`;

describe('a client generated from the served documents', () => {
  let t: TestApp;
  let baseUrl: string;
  let folder: string;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    folder = mkdtempSync(path.join(tmpdir(), 'portal-contract-'));
    // The scenario resolves openapi-fetch as an integrator's project would.
    symlinkSync(path.resolve('node_modules'), path.join(folder, 'node_modules'), 'dir');
  });
  afterAll(async () => {
    await t.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('type-checks and runs vendor → portal → /v1 with openapi-typescript and openapi-fetch', async () => {
    const vendor = await vendorClient(t, 'contract');
    const documents = {
      portal: (await t.anonymous.get('/api/docs/json')).json(),
      vendor: (await vendor.get('/openapi.json')).json(),
    };
    for (const [name, document] of Object.entries(documents))
      writeFileSync(path.join(folder, `${name}.d.ts`), astToString(await openapiTS(document)));
    const scenarioFile = path.join(folder, 'scenario.ts');
    writeFileSync(scenarioFile, SCENARIO);
    // No casts and no non-null assertions: the generated types carry the scenario.
    const code = readFileSync(scenarioFile, 'utf8').replace(/^import .*$/gm, '');
    expect(code).not.toMatch(/\sas\s+(?!const\b)|!\.|!\)|<\w+>\s*\w/);

    const program = ts.createProgram([scenarioFile], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      skipLibCheck: true,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);

    const { scenario } = (await import(scenarioFile)) as {
      scenario: (...args: string[]) => Promise<unknown>;
    };
    expect(await scenario(baseUrl, vendor.token, NORTHWIND_ADMIN, DEMO_PASSWORD)).toEqual({
      publicId: expect.stringMatching(/^ENT-\d{6}$/),
      listed: { status: 'active', seats: 2 },
      role: 'admin',
      dashboardCounts: true,
      activation: { created: true, liveSeats: 1 },
      validation: { valid: true, code: 'VALID' },
      signed: true,
    });
  });
});
