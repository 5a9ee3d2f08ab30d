import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-data.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import {
  nextStep,
  passwordStep,
  secondStep,
  totpCode,
  turnOnTwoFactor,
} from './two-factor-helpers.js';

describe.each(await availableDialects())('two-factor authentication on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(() => t.close());

  const auditActions = async () =>
    (
      await t.ctx.db
        .selectFrom('audit_events')
        .select('action')
        .where('type', '=', 'security')
        .orderBy('id')
        .execute()
    ).map((e) => e.action);

  it('enrols with a QR code and a confirming code, storing the secret encrypted and the recovery codes hashed', async () => {
    const client = await t.signIn(NORTHWIND_ADMIN);
    const setup = (
      await client.post('/api/portal/account/two-factor/setup', { password: DEMO_PASSWORD })
    ).json();
    expect(setup.otpauthUri).toMatch(/^otpauth:\/\/totp\/.+secret=/);
    expect(setup.qrSvg).toMatch(/^<svg/);
    const wrong = await client.post('/api/portal/account/two-factor/enable', {
      code: '000000' === (await totpCode(t, setup.secret)) ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual({ code: 'is incorrect' });
    expect((await client.get('/api/portal/account')).json().twoFactor).toEqual({
      enabled: false,
      recoveryCodesLeft: 0,
    });

    const enabled = await client.post('/api/portal/account/two-factor/enable', {
      code: await totpCode(t, setup.secret),
    });
    expect(enabled.statusCode).toBe(200);
    const { recoveryCodes } = enabled.json() as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await client.get('/api/portal/account')).json().twoFactor).toEqual({
      enabled: true,
      recoveryCodesLeft: 10,
    });

    const user = await t.ctx.db
      .selectFrom('users')
      .select('totp_secret')
      .where('email', '=', NORTHWIND_ADMIN)
      .executeTakeFirstOrThrow();
    expect(user.totp_secret).not.toContain(setup.secret);
    const stored = await t.ctx.db.selectFrom('recovery_codes').select('code_hash').execute();
    expect(stored.map((c) => c.code_hash).join()).not.toContain(recoveryCodes[0].replace(/-/g, ''));
    expect(await auditActions()).toContain('mfa.enabled');
    // Audited in each of Alice's two organizations.
    expect((await auditActions()).filter((a) => a === 'mfa.enabled')).toHaveLength(2);
  });

  it('asks for the second factor at sign-in and refuses a replayed code', async () => {
    const { secret } = await turnOnTwoFactor(t, await t.signIn(NORTHWIND_ADMIN));

    const first = await passwordStep(t, NORTHWIND_ADMIN);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ secondFactorRequired: true });
    expect(first.cookies.find((c) => c.name === 'portal_session')).toBeUndefined();
    const code = await totpCode(t, secret);
    const done = await secondStep(t, first.json().pendingToken, code);
    expect(done.statusCode).toBe(200);
    expect(done.cookies.find((c) => c.name === 'portal_session')).toBeDefined();
    // The pending sign-in is used up.
    expect((await secondStep(t, first.json().pendingToken, code)).json().error.code).toBe(
      'sign_in_expired',
    );

    const again = await passwordStep(t, NORTHWIND_ADMIN);
    const replay = await secondStep(t, again.json().pendingToken, code);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('invalid_code');
    nextStep(t);
    expect(
      (await secondStep(t, again.json().pendingToken, await totpCode(t, secret))).statusCode,
    ).toBe(200);
  });

  it('accepts each recovery code once, in any case and spacing', async () => {
    const { recoveryCodes } = await turnOnTwoFactor(t, await t.signIn(NORTHWIND_ADMIN));
    const pending = (await passwordStep(t, NORTHWIND_ADMIN)).json().pendingToken;
    expect((await secondStep(t, pending, ` ${recoveryCodes[0].toUpperCase()} `)).statusCode).toBe(
      200,
    );
    const again = (await passwordStep(t, NORTHWIND_ADMIN)).json().pendingToken;
    expect((await secondStep(t, again, recoveryCodes[0])).statusCode).toBe(401);
    expect(await auditActions()).toContain('mfa.recovery_code_used');
    const client = await signInWithCode(recoveryCodes[1]);
    expect((await client.get('/api/portal/account')).json().twoFactor.recoveryCodesLeft).toBe(8);
  });

  it('throttles wrong codes per account and expires a pending sign-in after five minutes', async () => {
    const { secret } = await turnOnTwoFactor(t, await t.signIn(NORTHWIND_ADMIN));
    const pending = (await passwordStep(t, NORTHWIND_ADMIN)).json().pendingToken;
    for (let i = 0; i < 5; i++)
      expect((await secondStep(t, pending, 'zzzz-zzzz-zzzz-zzzz')).statusCode).toBe(401);
    const limited = await secondStep(t, pending, await totpCode(t, secret));
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await passwordStep(t, NORTHWIND_ADMIN)).statusCode).toBe(429);

    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
    const fresh = (await passwordStep(t, NORTHWIND_ADMIN)).json().pendingToken;
    t.clock.now = new Date(t.clock.now.getTime() + 5 * 60_000 + 1000);
    expect((await secondStep(t, fresh, await totpCode(t, secret))).json().error.code).toBe(
      'sign_in_expired',
    );
  });

  it('turns off with the password only, and replaces recovery codes', async () => {
    const client = await t.signIn(NORTHWIND_ADMIN);
    const { recoveryCodes } = await turnOnTwoFactor(t, client);
    const regenerated = await client.post('/api/portal/account/two-factor/recovery-codes', {
      password: DEMO_PASSWORD,
    });
    expect(regenerated.json().recoveryCodes).toHaveLength(10);
    expect(regenerated.json().recoveryCodes).not.toContain(recoveryCodes[0]);

    const wrong = await client.post('/api/portal/account/two-factor/disable', {
      password: 'wrong-password',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual({ password: 'is incorrect' });
    expect(
      (await client.post('/api/portal/account/two-factor/disable', { password: DEMO_PASSWORD }))
        .statusCode,
    ).toBe(200);
    expect((await client.get('/api/portal/account')).json().twoFactor).toEqual({
      enabled: false,
      recoveryCodesLeft: 0,
    });
    expect((await passwordStep(t, NORTHWIND_ADMIN)).json()).toEqual({ ok: true });
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['mfa.recovery_codes_regenerated', 'mfa.disabled']),
    );
  });

  async function signInWithCode(code: string) {
    const pending = (await passwordStep(t, NORTHWIND_ADMIN)).json().pendingToken;
    const done = await secondStep(t, pending, code);
    const cookie = done.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    return { get: (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } }) };
  }
});
