import { createPublicKey, type KeyObject } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  publicKeyFromPem,
  verifyLicenseFile,
  verifyResponse,
  type SignedFile,
} from '../../../examples/verify-client.js';
import { availableDialects } from '../../support/databases.js';
import { licensingSuite, provisionLicense } from '../../support/licensing-fixtures.js';
import { TEST_NOW } from '../../support/test-app.js';

const DAY = 86_400_000;

describe.each(await availableDialects())(
  'signed responses, license files and offline activation on %s',
  (dialect) => {
    const s = licensingSuite(dialect);
    let publicKey: KeyObject;
    beforeAll(async () => {
      publicKey = publicKeyFromPem(
        (await s.call('/public-key', undefined, 'GET')).json().publicKeyPem,
      );
    });

    const signedParts = (response: { headers: Record<string, unknown>; body: string }) => ({
      date: String(response.headers.date),
      signature: String(response.headers['x-signature']),
      body: response.body,
    });

    it('publishes the public key as PEM and as the raw 32 bytes', async () => {
      const body = (await s.call('/public-key', undefined, 'GET')).json();
      expect(body).toMatchObject({ algorithm: 'ed25519', signatureHeader: 'x-signature' });
      const raw = createPublicKey(body.publicKeyPem).export({ format: 'jwk' }).x!;
      expect(Buffer.from(raw, 'base64url').toString('base64')).toBe(body.publicKey);
      expect(Buffer.from(body.publicKey, 'base64')).toHaveLength(32);
    });

    it('signs every response over date and body; a changed body, date or key fails to verify', async () => {
      const { key } = await provisionLicense(s.t);
      const response = await s.call('/licenses/validate', { key, identifier: 'HWID-1' });
      const signed = signedParts(response);
      expect(signed.date).toBe(TEST_NOW.toUTCString());
      expect(verifyResponse(publicKey, signed, TEST_NOW)).toBe(true);
      expect(
        verifyResponse(
          publicKey,
          { ...signed, body: signed.body.replace('"valid":false', '"valid":true') },
          TEST_NOW,
        ),
      ).toBe(false);
      expect(
        verifyResponse(
          publicKey,
          { ...signed, date: new Date(TEST_NOW.getTime() + 1000).toUTCString() },
          TEST_NOW,
        ),
      ).toBe(false);
      const { publicKey: otherKey } = await import('node:crypto').then((c) =>
        c.generateKeyPairSync('ed25519'),
      );
      expect(verifyResponse(otherKey, signed, TEST_NOW)).toBe(false);
      expect(
        verifyResponse(publicKey, signed, new Date(TEST_NOW.getTime() + DAY)),
        'a replay a day later',
      ).toBe(false);

      const refused = await s.call('/activations', {
        key: 'NOPE0-NOPE0-NOPE0-NOPE0-NOPE0',
        identifier: 'X',
      });
      expect(refused.statusCode).toBe(404);
      expect(
        verifyResponse(publicKey, signedParts(refused), TEST_NOW),
        'errors are signed too',
      ).toBe(true);
    });

    it('issues a license file that verifies offline, for the activation that validates, until min(30 days, expiry)', async () => {
      const { key, productCode } = await provisionLicense(s.t, {
        seats: 4,
        expiresAt: '2026-07-01T00:00:00.000Z',
      });
      expect(
        (await s.call('/license-files', { key, identifier: 'HWID-F' })).json().error.code,
      ).toBe('NOT_ACTIVATED');
      await s.call('/activations', { key, identifier: 'HWID-F' });
      const file: SignedFile = (
        await s.call('/license-files', { key, identifier: 'HWID-F' })
      ).json();
      expect(file).toMatchObject({ format: 'license-file/1', algorithm: 'ed25519' });
      const document = verifyLicenseFile(publicKey, file, { identifier: 'HWID-F', now: TEST_NOW });
      expect(document).toMatchObject({
        license: {
          seats: 4,
          status: 'active',
          expiresAt: '2026-07-01T00:00:00.000Z',
          organization: 'Northwind Robotics',
        },
        product: { code: productCode },
        activation: { kind: 'machine', identifier: 'HWID-F', quantity: 1 },
        issuedAt: TEST_NOW.toISOString(),
        validUntil: '2026-07-01T00:00:00.000Z',
      });
      const short = verifyLicenseFile(
        publicKey,
        (await s.call('/license-files', { key, identifier: 'HWID-F', validForDays: 2 })).json(),
        { identifier: 'HWID-F', now: TEST_NOW },
      );
      expect(short!.validUntil).toBe(new Date(TEST_NOW.getTime() + 2 * DAY).toISOString());

      const forged = {
        ...file,
        document: Buffer.from(
          Buffer.from(file.document, 'base64').toString().replace('"seats":4', '"seats":400'),
        ).toString('base64'),
      };
      expect(
        verifyLicenseFile(publicKey, forged, { identifier: 'HWID-F', now: TEST_NOW }),
        'a forged file',
      ).toBeNull();
      expect(
        verifyLicenseFile(publicKey, file, { identifier: 'HWID-OTHER', now: TEST_NOW }),
        'another machine',
      ).toBeNull();
      expect(
        verifyLicenseFile(publicKey, file, {
          identifier: 'HWID-F',
          now: new Date('2026-07-01T00:00:00.000Z'),
        }),
        'after validUntil',
      ).toBeNull();
    });

    it('turns an air-gapped machine’s request file into a signed response file that activates it', async () => {
      const { key, licenseId, productCode } = await provisionLicense(s.t, {
        heartbeatIntervalSeconds: 3600,
      });
      const request = {
        format: 'offline-activation-request/1',
        key,
        product: productCode,
        identifier: 'HWID-AIRGAP',
        hostname: 'lab-7',
        nonce: 'n0nce-1234-abcd',
      };
      const response = await s.call('/offline-activations', request);
      expect(response.statusCode, response.body).toBe(200);
      const document = verifyLicenseFile(publicKey, response.json(), {
        identifier: 'HWID-AIRGAP',
        requestNonce: request.nonce,
        now: TEST_NOW,
      });
      expect(document).toMatchObject({
        requestNonce: request.nonce,
        activation: { identifier: 'HWID-AIRGAP' },
        validUntil: new Date(TEST_NOW.getTime() + 30 * DAY).toISOString(),
      });
      expect(
        verifyLicenseFile(publicKey, response.json(), {
          identifier: 'HWID-AIRGAP',
          requestNonce: 'another-request',
          now: TEST_NOW,
        }),
      ).toBeNull();

      const [activation] = await s.t.ctx.db
        .selectFrom('activations')
        .selectAll()
        .where('license_id', '=', licenseId)
        .execute();
      // No heartbeat can come from an air-gapped machine: the seat is held until the file expires.
      expect(activation).toMatchObject({
        hostname: 'lab-7',
        activated_by_label: 'Software (offline)',
        heartbeat_deadline: document!.validUntil,
      });
      s.t.clock.now = new Date(TEST_NOW.getTime() + 29 * DAY);
      expect(
        (await s.call('/licenses/validate', { key, identifier: 'HWID-AIRGAP' })).json().code,
      ).toBe('VALID');

      const again = await s.call('/offline-activations', { ...request, nonce: 'n0nce-5678-efgh' });
      expect(
        verifyLicenseFile(publicKey, again.json(), {
          identifier: 'HWID-AIRGAP',
          requestNonce: 'n0nce-5678-efgh',
          now: s.t.clock.now,
        }),
      ).not.toBeNull();
      expect(
        await s.t.ctx.db
          .selectFrom('activations')
          .select('id')
          .where('license_id', '=', licenseId)
          .execute(),
      ).toHaveLength(1);

      const wrongFormat = await s.call('/offline-activations', {
        ...request,
        format: 'something-else',
      });
      expect(wrongFormat.statusCode).toBe(400);
      expect(Object.keys(wrongFormat.json().error.fields)).toEqual(['format']);
    });
  },
);
