import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  LicenseDiagnosis,
  LicenseProductDetail,
  LicenseProductItem,
} from '../../../src/common/licenses-api.js';
import type { Page } from '../../../src/common/page.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

describe.each(await availableDialects())('license diagnostics on %s', (dialect) => {
  let t: TestApp;
  let viewer: Client;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    viewer = await t.signIn(NORTHWIND_VIEWER);
  });
  afterAll(() => t.close());

  /** The full key of the client's first license of a product. */
  const keyOf = async (client: Client, search: string) => {
    const product = (await client.get(`/api/portal/licenses/products?q=${search}`)).json<
      Page<LicenseProductItem>
    >().items[0];
    const line = (await client.get(`/api/portal/licenses/products/${product.productId}`))
      .json<LicenseProductDetail>()
      .lines.at(-1)!;
    return (
      await client.post(`/api/portal/licenses/${line.licenseId}/reveal-key`, { purpose: 'copy' })
    ).json<{ key: string }>().key;
  };
  const diagnose = async (body: Record<string, string>) => {
    const response = await viewer.post('/api/portal/licenses/diagnose', body);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<LicenseDiagnosis>();
  };

  it('answers the software verdict for a good key, every step passed or not applicable', async () => {
    const diagnosis = await diagnose({
      key: (await keyOf(viewer, 'Atlas')).toLowerCase(),
      identifier: 'HWID-7F3A-91C2-D4E8',
    });
    expect(diagnosis).toMatchObject({
      valid: true,
      code: 'VALID',
      license: { productName: 'Atlas CAD Studio', entitlementPublicId: 'ENT-000101' },
    });
    expect(diagnosis.steps.map((s) => s.outcome)).not.toContain('failed');
    expect(diagnosis.steps[0]).toMatchObject({
      code: 'NOT_FOUND',
      outcome: 'passed',
      check: 'The license key exists',
    });
  });

  it('names the failing step with its remedy, and skips the ones after it', async () => {
    const diagnosis = await diagnose({ key: await keyOf(viewer, 'Echo') });
    expect(diagnosis).toMatchObject({ valid: false, code: 'EXPIRED' });
    const failed = diagnosis.steps.find((s) => s.outcome === 'failed')!;
    expect(failed).toMatchObject({ code: 'EXPIRED' });
    expect(failed.remedy).toBeTruthy();
    expect(
      diagnosis.steps
        .slice(diagnosis.steps.indexOf(failed) + 1)
        .every((s) => s.outcome === 'skipped'),
    ).toBe(true);
  });

  it('checks the named machine is activated', async () => {
    const key = await keyOf(viewer, 'Atlas');
    expect((await diagnose({ key, identifier: 'HWID-7F3A-91C2-D4E8' })).valid).toBe(true);
    expect((await diagnose({ key, identifier: 'HWID-NEVER-SEEN' })).code).toBe('NOT_ACTIVATED');
  });

  it("answers not found for another organization's key and for nonsense", async () => {
    const foreign = await keyOf(await t.signIn(GLOBEX_ADMIN), 'Atlas');
    expect(await diagnose({ key: foreign })).toMatchObject({
      valid: false,
      code: 'NOT_FOUND',
      license: null,
    });
    expect((await diagnose({ key: 'nonsense' })).code).toBe('NOT_FOUND');
    expect((await viewer.post('/api/portal/licenses/diagnose', { key: '' })).statusCode).toBe(400);
  });
});
