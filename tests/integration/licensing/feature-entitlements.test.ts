import type { KeyObject } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  grantedFeature,
  publicKeyFromPem,
  verifyLicenseFile,
  type SignedFile,
} from '../../../examples/verify-client.js';
import { LICENSE_CHECK_CODES } from '../../../src/common/license-validation.js';
import { CLI_ACTOR } from '../../../src/server/cli/command.js';
import {
  createFeature,
  grantFeature,
} from '../../../src/server/modules/provisioning/features/service.js';
import { availableDialects } from '../../support/databases.js';
import {
  licensingSuite,
  provisionLicense,
  type ProvisionedLicense,
} from '../../support/licensing-fixtures.js';
import { TEST_NOW } from '../../support/test-app.js';

const DAY = 86_400_000;
const at = (days: number) => new Date(TEST_NOW.getTime() + days * DAY).toISOString();

describe.each(await availableDialects())(
  'feature entitlements in validation and license files on %s',
  (dialect) => {
    const s = licensingSuite(dialect);
    let publicKey: KeyObject;
    beforeAll(async () => {
      publicKey = publicKeyFromPem(
        (await s.call('/public-key', undefined, 'GET')).json().publicKeyPem,
      );
    });

    /** A license of its own product declaring an on/off solver and a core limit, granted with these options. */
    async function licenseWithFeatures(
      options: { seats?: number; expiresAt?: string | null; solverEnds?: string | null } = {},
    ): Promise<ProvisionedLicense> {
      const license = await provisionLicense(s.t, {
        seats: options.seats,
        expiresAt: options.expiresAt,
      });
      const product = await s.t.ctx.db
        .selectFrom('products')
        .select('id')
        .where('code', '=', license.productCode)
        .executeTakeFirstOrThrow();
      await createFeature(s.t.ctx, product.id, {
        code: 'fea-solver',
        name: 'FEA Solver',
        kind: 'switch',
      });
      await createFeature(s.t.ctx, product.id, {
        code: 'max-cores',
        name: 'Solver cores',
        kind: 'limit',
        unit: 'max cores',
      });
      await createFeature(s.t.ctx, product.id, {
        code: 'cfd-solver',
        name: 'CFD Solver',
        kind: 'switch',
      });
      await grantFeature(
        s.t.ctx,
        license.licenseId,
        { code: 'fea-solver', expiresAt: options.solverEnds ?? null },
        CLI_ACTOR,
      );
      await grantFeature(s.t.ctx, license.licenseId, { code: 'max-cores', limit: 16 }, CLI_ACTOR);
      return license;
    }

    const validate = async (payload: Record<string, unknown>) => {
      const response = await s.call('/licenses/validate', payload);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };

    it('lists the license’s features with limits and end dates on every valid answer; the checks end with the feature codes', async () => {
      const { key } = await licenseWithFeatures({ solverEnds: at(40) });
      await s.call('/activations', { key, identifier: 'HWID-F1' });
      const body = await validate({
        key,
        identifier: 'HWID-F1',
        scope: { features: ['fea-solver', 'max-cores'] },
      });
      expect(body).toMatchObject({ valid: true, code: 'VALID' });
      expect(body.license.features).toEqual([
        {
          code: 'fea-solver',
          name: 'FEA Solver',
          kind: 'switch',
          unit: null,
          limit: null,
          expiresAt: at(40),
        },
        {
          code: 'max-cores',
          name: 'Solver cores',
          kind: 'limit',
          unit: 'max cores',
          limit: 16,
          expiresAt: null,
        },
      ]);
      expect(body.checks.map((c: { code: string }) => c.code)).toEqual([...LICENSE_CHECK_CODES]);
      expect(LICENSE_CHECK_CODES.slice(-2)).toEqual(['FEATURE_NOT_ENTITLED', 'FEATURE_EXPIRED']);
      const bare = await validate({ key, identifier: 'HWID-F1' });
      expect(bare.license.features).toHaveLength(2);
      expect(
        bare.checks
          .filter((c: { code: string }) => c.code.startsWith('FEATURE_'))
          .map((c: { outcome: string }) => c.outcome),
      ).toEqual(['skipped', 'skipped']);
    });

    it('FEATURE_NOT_ENTITLED for a feature the license lacks, named with its entitlement and sales order', async () => {
      const { key } = await licenseWithFeatures();
      await s.call('/activations', { key, identifier: 'HWID-F2' });
      const body = await validate({
        key,
        identifier: 'HWID-F2',
        scope: { features: ['fea-solver', 'cfd-solver'] },
      });
      expect(body).toMatchObject({ valid: false, code: 'FEATURE_NOT_ENTITLED' });
      expect(body.message).toMatch(
        /^ENT-\d{6}'s Test product TEST-[0-9A-F]{8} license does not include CFD Solver; add it with sales order SO-TEST\.$/,
      );
      expect(
        (await validate({ key, identifier: 'HWID-F2', scope: { features: ['no-such-thing'] } }))
          .message,
      ).toContain('does not include "no-such-thing"');
    });

    it('FEATURE_EXPIRED once a grant passes its end date, while the license itself stays valid', async () => {
      const { key } = await licenseWithFeatures({ solverEnds: at(10) });
      await s.call('/activations', { key, identifier: 'HWID-F3' });
      expect(
        (await validate({ key, identifier: 'HWID-F3', scope: { features: ['fea-solver'] } })).code,
      ).toBe('VALID');
      s.t.clock.now = new Date(at(10));
      const body = await validate({
        key,
        identifier: 'HWID-F3',
        scope: { features: ['fea-solver'] },
      });
      expect(body).toMatchObject({ valid: false, code: 'FEATURE_EXPIRED' });
      expect(body.message).toMatch(
        /^ENT-\d{6}'s FEA Solver ended on 25 Jun 2026; renew with sales order SO-TEST\.$/,
      );
      expect(
        (await validate({ key, identifier: 'HWID-F3', scope: { features: ['max-cores'] } })).code,
      ).toBe('VALID');
      expect((await validate({ key, identifier: 'HWID-F3' })).code).toBe('VALID');
    });

    it('checks in the documented order: license and seats first, FEATURE_NOT_ENTITLED before FEATURE_EXPIRED', async () => {
      const { key } = await licenseWithFeatures({
        solverEnds: at(-1),
        expiresAt: at(100),
        seats: 1,
      });
      await s.call('/activations', { key, identifier: 'HWID-F4' });
      expect(
        (
          await validate({
            key,
            identifier: 'HWID-F4',
            scope: { features: ['fea-solver', 'cfd-solver'] },
          })
        ).code,
      ).toBe('FEATURE_NOT_ENTITLED');
      expect(
        (await validate({ key, identifier: 'HWID-F4', scope: { features: ['fea-solver'] } })).code,
      ).toBe('FEATURE_EXPIRED');
      expect(
        (await validate({ key, identifier: 'HWID-OTHER', scope: { features: ['cfd-solver'] } }))
          .code,
      ).toBe('NOT_ACTIVATED');
      s.t.clock.now = new Date(at(100));
      expect(
        (await validate({ key, identifier: 'HWID-F4', scope: { features: ['cfd-solver'] } })).code,
      ).toBe('EXPIRED');
    });

    it('refuses a malformed feature code with 400', async () => {
      const { key } = await licenseWithFeatures();
      const response = await s.call('/licenses/validate', {
        key,
        scope: { features: ['FEA Solver!'] },
      });
      expect(response.statusCode).toBe(400);
    });

    it('signs the features into license files: the software reads them offline, a changed list fails verification', async () => {
      const { key } = await licenseWithFeatures({ solverEnds: at(20) });
      await s.call('/activations', { key, identifier: 'HWID-F5' });
      const file: SignedFile = (
        await s.call('/license-files', { key, identifier: 'HWID-F5' })
      ).json();
      const document = verifyLicenseFile(publicKey, file, {
        identifier: 'HWID-F5',
        now: TEST_NOW,
      })!;
      expect(document.features.map((f) => [f.code, f.limit, f.expiresAt])).toEqual([
        ['fea-solver', null, at(20)],
        ['max-cores', 16, null],
      ]);
      expect(grantedFeature(document, 'fea-solver', TEST_NOW)).not.toBeNull();
      expect(
        grantedFeature(document, 'fea-solver', new Date(at(21))),
        'after the add-on ended',
      ).toBeNull();
      expect(grantedFeature(document, 'cfd-solver', TEST_NOW)).toBeNull();

      const decoded = Buffer.from(file.document, 'base64').toString();
      const tampered = (text: string) => ({
        ...file,
        document: Buffer.from(text).toString('base64'),
      });
      const added = decoded.replace(
        '"features":[',
        '"features":[{"code":"cfd-solver","name":"CFD Solver","kind":"switch","unit":null,"limit":null,"expiresAt":null},',
      );
      expect(added).not.toBe(decoded);
      expect(
        verifyLicenseFile(publicKey, tampered(added), { identifier: 'HWID-F5', now: TEST_NOW }),
        'a feature added',
      ).toBeNull();
      const raised = decoded.replace('"limit":16', '"limit":1600');
      expect(raised).not.toBe(decoded);
      expect(
        verifyLicenseFile(publicKey, tampered(raised), { identifier: 'HWID-F5', now: TEST_NOW }),
        'a limit raised',
      ).toBeNull();
    });

    it('carries the features in the offline activation’s response file', async () => {
      const { key, productCode } = await licenseWithFeatures();
      const request = {
        format: 'offline-activation-request/1',
        key,
        product: productCode,
        identifier: 'HWID-AIR-F',
        nonce: 'nonce-features-1',
      };
      const response = await s.call('/offline-activations', request);
      expect(response.statusCode, response.body).toBe(200);
      const document = verifyLicenseFile(publicKey, response.json(), {
        identifier: 'HWID-AIR-F',
        requestNonce: request.nonce,
        now: TEST_NOW,
      })!;
      expect(document.features.map((f) => f.code)).toEqual(['fea-solver', 'max-cores']);
    });
  },
);
