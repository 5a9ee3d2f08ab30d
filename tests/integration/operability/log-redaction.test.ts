import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  spawnServer,
  waitUntilHealthy,
  type ServerProcess,
} from '../../support/server-processes.js';

/** Each secret is distinct, so a leak names the place it came from. */
const SECRETS = {
  resetToken: 'RESET-TOKEN-5f1c9a',
  emailToken: 'EMAIL-TOKEN-77b2e0',
  invitePage: 'INVITE-PAGE-3d8e41',
  inviteApi: 'INVITE-API-a09c7e',
  downloadSignature: 'DOWNLOAD-SIG-c4e1b8',
  bearer: 'BEARER-TOKEN-91fa02',
  cookie: 'SESSION-COOKIE-6b3d7f',
  csrf: 'CSRF-TOKEN-e25a90',
};

// The real server's request log (LOG_LEVEL=info), read from its output as an operator would.
describe('the request log of a running server', () => {
  let instance: ServerProcess;
  beforeAll(async () => {
    instance = await spawnServer({ SEED_DEMO: 'false', LOG_LEVEL: 'info' });
    await waitUntilHealthy(instance);
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${instance.url}${path}`, { headers }).then((response) => response.arrayBuffer());
    await get(`/reset-password?token=${SECRETS.resetToken}`);
    await get(`/confirm-email?token=${SECRETS.emailToken}`);
    await get(`/invite/${SECRETS.invitePage}`);
    await get(`/api/portal/invitations/${SECRETS.inviteApi}`);
    await get(
      `/api/portal/downloads/artifacts/1/file?org=1&expires=9999999999&signature=${SECRETS.downloadSignature}`,
    );
    await get('/api/vendor/products', { authorization: `Bearer ${SECRETS.bearer}` });
    await get('/api/portal/session', {
      cookie: `portal_session=${SECRETS.cookie}`,
      'x-csrf-token': SECRETS.csrf,
    });
  }, 120_000);
  afterAll(async () => {
    await instance?.stop();
    if (instance) rmSync(instance.dataDir, { recursive: true, force: true });
  });

  it('logs every request, with no token, signature, cookie or bearer secret in any line', async () => {
    // The server writes its log asynchronously: on a loaded machine the last lines arrive
    // after the answers, so wait for them rather than read the output once.
    const logged = (text: string) => instance.output().includes(text);
    for (const text of [
      '/reset-password?token=[redacted]',
      '/invite/[redacted]',
      'signature=[redacted]',
      '/api/portal/session',
    ])
      await expect.poll(() => logged(text), { timeout: 15_000 }).toBe(true);
    const lines = instance.output().split('\n');
    for (const [name, secret] of Object.entries(SECRETS))
      expect(
        lines.filter((line) => line.includes(secret)),
        `${name} appears in the log`,
      ).toEqual([]);
  });
});
