import type { KeyObject } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicKeyFromPem, verifyLicenseFile } from '../../../examples/verify-client.js';
import type { OfflineActivationResult } from '../../../src/common/activations-api.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { licensingSuite, provisionLicense } from '../../support/licensing-fixtures.js';
import { TEST_NOW } from '../../support/test-app.js';

const DAY = 86_400_000;

describe.each(await availableDialects())('offline activation from the portal on %s', (dialect) => {
  const s = licensingSuite(dialect);
  let publicKey: KeyObject;
  beforeAll(async () => {
    publicKey = publicKeyFromPem(
      (await s.call('/public-key', undefined, 'GET')).json().publicKeyPem,
    );
  });

  const requestFile = (key: string, product: string, identifier: string) => ({
    format: 'offline-activation-request/1',
    key,
    product,
    identifier,
    hostname: 'airgap-lab-1',
    nonce: `nonce-${identifier}`,
  });
  const upload = async (email: string, body: unknown) =>
    (await s.t.signIn(email)).post('/api/portal/activations/offline', body);

  it('turns the request file into a signed response the machine verifies, activated and audited as the member', async () => {
    const { key, licenseId, productCode } = await provisionLicense(s.t, { seats: 2 });
    const response = await upload(NORTHWIND_ADMIN, {
      requestFile: requestFile(key, productCode, 'HWID-AIRGAP-9'),
      projectName: 'Test bench',
      projectManager: 'Tomas Berg',
    });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<OfflineActivationResult>();
    const document = verifyLicenseFile(publicKey, result.responseFile, {
      identifier: 'HWID-AIRGAP-9',
      requestNonce: 'nonce-HWID-AIRGAP-9',
      now: TEST_NOW,
    });
    expect(document).not.toBeNull();
    expect(result.licenseFile).toMatchObject({
      product: { code: productCode },
      seats: 2,
      activation: { identifier: 'HWID-AIRGAP-9', quantity: 1 },
      validUntil: new Date(TEST_NOW.getTime() + 30 * DAY).toISOString(),
    });
    expect(result.fileName).toBe(`${productCode}-HWID-AIRGAP-9-offline-response.json`);
    expect(result.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>$/);

    const activation = await s.t.ctx.db
      .selectFrom('activations')
      .selectAll()
      .where('license_id', '=', licenseId)
      .executeTakeFirstOrThrow();
    expect(activation).toMatchObject({
      activated_by_label: 'Alice Moreau',
      hostname: 'airgap-lab-1',
      project_name: 'Test bench',
      project_manager: 'Tomas Berg',
    });
    const audit = await s.t.ctx.db
      .selectFrom('audit_events')
      .selectAll()
      .where('target_id', '=', String(activation.id))
      .execute();
    expect(audit).toMatchObject([{ action: 'activation.created', actor_label: 'Alice Moreau' }]);
    expect(
      (await s.call('/licenses/validate', { key, identifier: 'HWID-AIRGAP-9' })).json().code,
    ).toBe('VALID');
  });

  it("answers not found for another organization's key, and refuses a Viewer, changing nothing", async () => {
    const { key, licenseId, productCode } = await provisionLicense(s.t);
    const foreign = await upload(GLOBEX_ADMIN, {
      requestFile: requestFile(key, productCode, 'HWID-FOREIGN'),
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('NOT_FOUND');
    expect(
      (
        await upload(NORTHWIND_VIEWER, {
          requestFile: requestFile(key, productCode, 'HWID-VIEWER'),
        })
      ).statusCode,
    ).toBe(403);
    expect(
      await s.t.ctx.db
        .selectFrom('activations')
        .select('id')
        .where('license_id', '=', licenseId)
        .execute(),
    ).toEqual([]);
  });

  it('refuses a file that is not an offline activation request with a clear 400, or a full license with its code', async () => {
    const { key, licenseId, productCode } = await provisionLicense(s.t, { seats: 1 });
    const good = requestFile(key, productCode, 'HWID-ONE');
    for (const requestFile of [
      { ...good, format: 'license-file/1' },
      { ...good, nonce: undefined },
      'not an object',
      { ...good, identifier: '' },
    ]) {
      const response = await upload(NORTHWIND_ADMIN, { requestFile });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.message).toBeTruthy();
    }
    expect(
      await s.t.ctx.db
        .selectFrom('activations')
        .select('id')
        .where('license_id', '=', licenseId)
        .execute(),
    ).toEqual([]);
    expect((await upload(NORTHWIND_ADMIN, { requestFile: good })).statusCode).toBe(200);
    const full = await upload(NORTHWIND_ADMIN, {
      requestFile: requestFile(key, productCode, 'HWID-TWO'),
    });
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('SEATS_EXHAUSTED');
  });
});
