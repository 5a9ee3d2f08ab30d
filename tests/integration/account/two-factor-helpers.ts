import { generate } from 'otplib';
import type { Client, TestApp } from '../../support/test-app.js';
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-data.js';

/** The authenticator code for the test app's clock. */
export const totpCode = (t: TestApp, secret: string): Promise<string> =>
  generate({ secret, epoch: Math.floor(t.clock.now.getTime() / 1000) });

/** Moves the clock to the next 30-second step, so a fresh code is not a replay. */
export function nextStep(t: TestApp): void {
  t.clock.now = new Date(t.clock.now.getTime() + 30_000);
}

/** Enrols the signed-in member in two-factor authentication; answers the secret and recovery codes. */
export async function turnOnTwoFactor(
  t: TestApp,
  client: Client,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await client.post('/api/portal/account/two-factor/setup', {
    password: DEMO_PASSWORD,
  });
  if (setup.statusCode !== 200) throw new Error(`setup failed: ${setup.body}`);
  const { secret } = setup.json() as { secret: string };
  const enable = await client.post('/api/portal/account/two-factor/enable', {
    code: await totpCode(t, secret),
  });
  if (enable.statusCode !== 200) throw new Error(`enable failed: ${enable.body}`);
  nextStep(t);
  return { secret, recoveryCodes: (enable.json() as { recoveryCodes: string[] }).recoveryCodes };
}

export const passwordStep = (t: TestApp, email: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/portal/auth/login',
    payload: { email, password: DEMO_PASSWORD },
    headers,
  });

export const secondStep = (t: TestApp, pendingToken: string, code: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/portal/auth/login/second-factor',
    payload: { pendingToken, code },
  });
