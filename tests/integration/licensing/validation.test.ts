import { describe, expect, it } from 'vitest';
import { LICENSE_CHECK_CODES, VALIDATION_TEXT } from '../../../src/common/license-validation.js';
import { CLI_ACTOR } from '../../../src/server/cli/command.js';
import { HEARTBEAT_GRACE_SECONDS } from '../../../src/server/licensing/liveness.js';
import {
  transitionLicense,
  updateLicense,
} from '../../../src/server/modules/provisioning/licenses/service.js';
import { availableDialects } from '../../support/databases.js';
import { licensingSuite, provisionLicense } from '../../support/licensing-fixtures.js';
import { TEST_NOW } from '../../support/test-app.js';

const HOUR = 3600;

describe.each(await availableDialects())('license validation codes on %s', (dialect) => {
  const s = licensingSuite(dialect);

  const validate = async (payload: Record<string, unknown>) => {
    const response = await s.call('/licenses/validate', payload);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const codeOf = async (payload: Record<string, unknown>) =>
    (await validate(payload)).code as string;
  const activate = (payload: Record<string, unknown>) => s.call('/activations', payload);

  it('answers VALID with the explanation, every check passed, the license and the activation', async () => {
    const { key, productCode } = await provisionLicense(s.t);
    expect((await activate({ key, identifier: 'HWID-1', hostname: 'ws-1' })).statusCode).toBe(201);
    const body = await validate({ key, identifier: 'HWID-1', product: productCode });
    expect(body).toMatchObject({
      valid: true,
      code: 'VALID',
      message: VALIDATION_TEXT.VALID.explanation,
      license: { product: { code: productCode }, seats: 10, liveSeats: 1 },
      activation: { identifier: 'HWID-1', hostname: 'ws-1' },
    });
    expect(body.checks.map((c: { code: string }) => c.code)).toEqual([...LICENSE_CHECK_CODES]);
    // The feature checks apply only when the request names features (scope.features).
    const outcomes = body.checks.map(
      (c: { code: string; outcome: string }) => `${c.code} ${c.outcome}`,
    );
    expect(outcomes).toEqual(
      LICENSE_CHECK_CODES.map(
        (code) => `${code} ${code.startsWith('FEATURE_') ? 'skipped' : 'passed'}`,
      ),
    );
  });

  it('NOT_FOUND for a key no license has; every later check is skipped', async () => {
    const body = await validate({ key: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE', identifier: 'HWID-1' });
    expect(body).toMatchObject({
      valid: false,
      code: 'NOT_FOUND',
      remedy: VALIDATION_TEXT.NOT_FOUND.remedy,
      license: null,
      activation: null,
    });
    expect(body.checks[0]).toEqual({ code: 'NOT_FOUND', outcome: 'failed' });
    expect(body.checks.slice(1).every((c: { outcome: string }) => c.outcome === 'skipped')).toBe(
      true,
    );
  });

  it('PRODUCT_MISMATCH before the license state: a revoked key of another product is a mismatch', async () => {
    const { key, licenseId, productCode } = await provisionLicense(s.t);
    expect(await codeOf({ key, identifier: 'X', product: 'ANOTHER-PRODUCT' })).toBe(
      'PRODUCT_MISMATCH',
    );
    expect(await codeOf({ key, product: productCode.toLowerCase(), identifier: 'X' })).toBe(
      'NOT_ACTIVATED',
    );
    await transitionLicense(s.t.ctx, licenseId, 'revoke', CLI_ACTOR);
    expect(await codeOf({ key, identifier: 'X', product: 'ANOTHER-PRODUCT' })).toBe(
      'PRODUCT_MISMATCH',
    );
  });

  it('REVOKED before SUSPENDED before EXPIRED', async () => {
    const expired = await provisionLicense(s.t, { expiresAt: '2026-06-01T00:00:00.000Z' });
    expect(await codeOf({ key: expired.key, identifier: 'X' })).toBe('EXPIRED');
    await transitionLicense(s.t.ctx, expired.licenseId, 'suspend', CLI_ACTOR);
    expect(await codeOf({ key: expired.key, identifier: 'X' })).toBe('SUSPENDED');
    await transitionLicense(s.t.ctx, expired.licenseId, 'revoke', CLI_ACTOR);
    expect(await codeOf({ key: expired.key, identifier: 'X' })).toBe('REVOKED');
  });

  it('EXPIRED once the clock passes the expiry', async () => {
    const { key } = await provisionLicense(s.t, { expiresAt: '2026-06-20T00:00:00.000Z' });
    await activate({ key, identifier: 'HWID-E' });
    expect(await codeOf({ key, identifier: 'HWID-E' })).toBe('VALID');
    s.t.clock.now = new Date('2026-06-20T00:00:00.000Z');
    expect(await codeOf({ key, identifier: 'HWID-E' })).toBe('EXPIRED');
  });

  it('FINGERPRINT_REQUIRED without an identifier, unless the product allows a bare key', async () => {
    const strict = await provisionLicense(s.t);
    expect(await codeOf({ key: strict.key })).toBe('FINGERPRINT_REQUIRED');
    const lenient = await provisionLicense(s.t, { identifierRequired: false });
    expect(await codeOf({ key: lenient.key })).toBe('VALID');
    const body = await validate({ key: lenient.key });
    expect(body.checks.find((c: { code: string }) => c.code === 'NOT_ACTIVATED').outcome).toBe(
      'skipped',
    );
  });

  it('NOT_ACTIVATED for an identifier that holds no activation, or no longer does', async () => {
    const { key } = await provisionLicense(s.t);
    expect(await codeOf({ key, identifier: 'HWID-NEVER' })).toBe('NOT_ACTIVATED');
    await activate({ key, identifier: 'HWID-GONE' });
    await s.call('/activations/deactivate', { key, identifier: 'HWID-GONE' });
    expect(await codeOf({ key, identifier: 'HWID-GONE' })).toBe('NOT_ACTIVATED');
  });

  it('HEARTBEAT_NOT_STARTED until the first heartbeat, then VALID, then HEARTBEAT_DEAD after the interval and grace', async () => {
    const { key } = await provisionLicense(s.t, { heartbeatIntervalSeconds: HOUR });
    await activate({ key, identifier: 'HWID-HB' });
    expect(await codeOf({ key, identifier: 'HWID-HB' })).toBe('HEARTBEAT_NOT_STARTED');
    const beat = await s.call('/activations/heartbeat', { key, identifier: 'HWID-HB' });
    expect(beat.json()).toEqual({
      lastHeartbeatAt: TEST_NOW.toISOString(),
      heartbeatDeadline: new Date(
        TEST_NOW.getTime() + (HOUR + HEARTBEAT_GRACE_SECONDS) * 1000,
      ).toISOString(),
    });
    expect(await codeOf({ key, identifier: 'HWID-HB' })).toBe('VALID');

    s.t.clock.now = new Date(TEST_NOW.getTime() + (HOUR + HEARTBEAT_GRACE_SECONDS - 1) * 1000);
    expect(await codeOf({ key, identifier: 'HWID-HB' })).toBe('VALID');
    s.t.clock.now = new Date(TEST_NOW.getTime() + (HOUR + HEARTBEAT_GRACE_SECONDS) * 1000);
    const dead = await validate({ key, identifier: 'HWID-HB' });
    expect(dead).toMatchObject({ code: 'HEARTBEAT_DEAD', license: { liveSeats: 0 } });
  });

  it('SEATS_EXHAUSTED when live activations hold more seats than the license has', async () => {
    const { key, licenseId } = await provisionLicense(s.t, { seats: 2 });
    await activate({ key, identifier: 'HWID-A' });
    await activate({ key, identifier: 'HWID-B' });
    expect(await codeOf({ key, identifier: 'HWID-A' })).toBe('VALID');
    await updateLicense(s.t.ctx, licenseId, { seats: 1 }, CLI_ACTOR);
    const body = await validate({ key, identifier: 'HWID-A' });
    expect(body).toMatchObject({ code: 'SEATS_EXHAUSTED', license: { seats: 1, liveSeats: 2 } });
    expect(body.checks.find((c: { code: string }) => c.code === 'SEATS_EXHAUSTED')).toEqual({
      code: 'SEATS_EXHAUSTED',
      outcome: 'failed',
    });
  });

  it('finds the activation by the identifier’s stored form, which the product’s kind decides', async () => {
    const domain = await provisionLicense(s.t, { activationKind: 'domain' });
    await activate({ key: domain.key, identifier: 'example.com' });
    expect(await codeOf({ key: domain.key, identifier: ' Example.COM. ' })).toBe('VALID');
    const machine = await provisionLicense(s.t);
    await activate({ key: machine.key, identifier: 'HWID-Case' });
    expect(await codeOf({ key: machine.key, identifier: ' HWID-Case ' })).toBe('VALID');
    expect(await codeOf({ key: machine.key, identifier: 'hwid-case' })).toBe('NOT_ACTIVATED');
  });

  it('refuses a malformed identifier with 400 naming the field', async () => {
    const { key } = await provisionLicense(s.t, { activationKind: 'domain' });
    const response = await s.call('/licenses/validate', { key, identifier: 'not a domain' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      identifier: 'must be a domain name like example.com',
    });
    const missingKey = await s.call('/licenses/validate', { identifier: 'x' });
    expect(missingKey.statusCode).toBe(400);
    expect(missingKey.json().error.fields).toEqual({ key: 'is required' });
  });
});
