import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivationDetail } from '../../../src/common/activations-api.js';
import type { DashboardPayload } from '../../../src/common/api-types.js';
import type { GrantedFeature } from '../../../src/common/license-features.js';
import type { LicenseKeyItem } from '../../../src/common/license-keys-schema.js';
import type {
  EntitlementDetail,
  EntitlementLineItem,
  FeatureChoice,
  LicenseDiagnosis,
  LicenseProductDetail,
} from '../../../src/common/licenses-api.js';
import type { Page } from '../../../src/common/page.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { createTestApp, TEST_NOW, type Client, type TestApp } from '../../support/test-app.js';

const DAY = 86_400_000;
const at = (days: number) => new Date(TEST_NOW.getTime() + days * DAY).toISOString();

describe.each(await availableDialects())('feature entitlements in the portal on %s', (dialect) => {
  let t: TestApp;
  let viewer: Client;
  let globex: Client;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    viewer = await t.signIn(NORTHWIND_VIEWER);
    globex = await t.signIn(GLOBEX_ADMIN);
  });
  afterAll(() => t.close());

  const entitlementId = async (publicId: string) =>
    (
      await t.ctx.db
        .selectFrom('entitlements')
        .select('id')
        .where('public_id', '=', publicId)
        .executeTakeFirstOrThrow()
    ).id;
  const atlasOf = async (publicId: string) =>
    (await viewer.get(`/api/portal/licenses/entitlements/${await entitlementId(publicId)}`))
      .json<EntitlementDetail>()
      .licenses.find((l) => l.productName === 'Atlas CAD Studio')!;
  // Sorted here: the database orders by name, and collations differ on case.
  const brief = (features: GrantedFeature[]) =>
    features
      .map((f) => [f.name, f.limit, f.expiresAt])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  it('shows each license’s features with limits and end dates in the entitlement and product panels', async () => {
    const atlas = await atlasOf('ENT-000101');
    expect(brief(atlas.features)).toEqual([
      ['FEA Solver', null, at(-6)],
      ['Solver cores', 8, null],
      ['STEP Export', null, null],
    ]);
    expect(atlas.features.find((f) => f.code === 'max-cores')).toMatchObject({
      kind: 'limit',
      unit: 'max cores',
    });
    const product = (
      await viewer.get(`/api/portal/licenses/products/${atlas.productId}`)
    ).json<LicenseProductDetail>();
    expect(
      product.lines.map((l) => [l.entitlementPublicId, l.features.map((f) => f.code)]),
    ).toEqual(
      [
        ['ENT-000104', ['fea-solver', 'max-cores']],
        ['ENT-000101', ['fea-solver', 'max-cores', 'step-export']],
      ].map(([id, codes]) => [id, expect.arrayContaining(codes as string[])]),
    );
  });

  it('filters entitlement lines to licenses with a feature, within the organization only', async () => {
    const choices = (await viewer.get('/api/portal/licenses/features')).json<FeatureChoice[]>();
    expect(choices.map((c) => c.name).sort((a, b) => a.localeCompare(b))).toEqual([
      'CFD Solver',
      'Cloud render hours',
      'FEA Solver',
      'Solver cores',
      'STEP Export',
    ]);
    const fea = choices.find((c) => c.code === 'fea-solver')!;
    const lines = (
      await viewer.get(`/api/portal/licenses/entitlements?feature=${fea.featureId}`)
    ).json<Page<EntitlementLineItem>>().items;
    expect(lines.map((l) => `${l.entitlementPublicId} ${l.productName}`)).toEqual([
      'ENT-000104 Atlas CAD Studio',
      'ENT-000101 Atlas CAD Studio',
    ]);

    expect(
      (await globex.get('/api/portal/licenses/features'))
        .json<FeatureChoice[]>()
        .map((c) => c.name),
    ).toEqual(['FEA Solver']);
    const render = choices.find((c) => c.code === 'render-hours')!;
    expect(
      (await globex.get(`/api/portal/licenses/entitlements?feature=${render.featureId}`)).json<
        Page<EntitlementLineItem>
      >().items,
    ).toEqual([]);
    expect((await viewer.get('/api/portal/licenses/entitlements?feature=abc')).statusCode).toBe(
      400,
    );
  });

  it('filters the License Keys list to licenses with a feature, within the organization only', async () => {
    const choices = (await viewer.get('/api/portal/licenses/features')).json<FeatureChoice[]>();
    const keysWith = async (client: Client, featureId: number | string) => {
      const response = await client.get(`/api/portal/licenses/keys?featureId=${featureId}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<Page<LicenseKeyItem>>().items;
    };
    const fea = choices.find((c) => c.code === 'fea-solver')!;
    // Ended grants count: ENT-000101's FEA Solver ended 6 days ago.
    const rows = await keysWith(viewer, fea.featureId);
    expect(rows.map((r) => `${r.entitlementPublicId} ${r.productName}`).sort()).toEqual([
      'ENT-000101 Atlas CAD Studio',
      'ENT-000104 Atlas CAD Studio',
    ]);
    const all = (await viewer.get('/api/portal/licenses/keys?limit=100')).json<
      Page<LicenseKeyItem>
    >().items;
    expect(rows.length).toBeLessThan(all.length);

    const render = choices.find((c) => c.code === 'render-hours')!;
    expect((await keysWith(viewer, render.featureId)).length).toBeGreaterThan(0);
    expect(await keysWith(globex, render.featureId)).toEqual([]);
    expect((await viewer.get('/api/portal/licenses/keys?featureId=abc')).statusCode).toBe(400);
  });

  it('lists features ending within 30 days on the Dashboard, not the ended ones', async () => {
    const dashboard = (await viewer.get('/api/portal/dashboard')).json<DashboardPayload>();
    expect(dashboard.endingFeatures).toEqual([
      expect.objectContaining({
        featureName: 'FEA Solver',
        productName: 'Atlas CAD Studio',
        entitlementPublicId: 'ENT-000104',
        salesOrder: 'SO-49555',
        expiresAt: at(20),
      }),
    ]);
  });

  it('explains a feature refusal in plain words, dated in the member’s time zone', async () => {
    const atlas = await atlasOf('ENT-000101');
    const { key } = (
      await viewer.post(`/api/portal/licenses/${atlas.licenseId}/reveal-key`, { purpose: 'copy' })
    ).json<{ key: string }>();
    const diagnose = async (features: string[]) => {
      const response = await viewer.post('/api/portal/licenses/diagnose', {
        key,
        identifier: 'HWID-7F3A-91C2-D4E8',
        features,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<LicenseDiagnosis>();
    };
    const ended = await diagnose(['fea-solver']);
    // Seeded 6 days before TEST_NOW (12:00 UTC): 09 Jun 2026 in Europe/Berlin, the demo members' zone.
    expect(ended).toMatchObject({
      valid: false,
      code: 'FEATURE_EXPIRED',
      message: "ENT-000101's FEA Solver ended on 09 Jun 2026; renew with sales order SO-48210.",
    });
    expect(ended.steps.find((s) => s.outcome === 'failed')).toMatchObject({
      code: 'FEATURE_EXPIRED',
      explanation: ended.message,
    });
    const missing = await diagnose(['cfd-solver', 'step-export']);
    expect(missing).toMatchObject({
      code: 'FEATURE_NOT_ENTITLED',
      message: `ENT-000101's Atlas CAD Studio license does not include "cfd-solver"; add it with sales order SO-48210.`,
    });
    expect((await diagnose(['step-export', 'max-cores'])).code).toBe('VALID');
  });

  it('shows in the activation detail which features the machine’s license grants', async () => {
    const activation = await t.ctx.db
      .selectFrom('activations')
      .select('id')
      .where('identifier', '=', 'HWID-F00D-1234-0A0A')
      .executeTakeFirstOrThrow();
    const detail = (
      await viewer.get(`/api/portal/activations/${activation.id}`)
    ).json<ActivationDetail>();
    expect(brief(detail.license.features)).toEqual([
      ['FEA Solver', null, at(20)],
      ['Solver cores', 16, null],
    ]);
  });
});
