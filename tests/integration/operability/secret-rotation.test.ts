import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAIL_MESSAGE_PURPOSE,
  SecretBox,
  TOTP_SECRET_PURPOSE,
} from '../../../src/server/crypto/secret-box.js';
import { openDatabase } from '../../../src/server/db/database.js';
import { CLI_ARGS } from '../../support/compiled-server.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import { signInOver } from '../../support/portal-session.js';
import { startServers, type ServerCluster } from '../../support/server-processes.js';

/** The CLI as an operator runs it, on the cluster's database and secrets. */
function cli(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [...CLI_ARGS, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
}

const validate = (base: string, key: string) =>
  fetch(`${base}/v1/licenses/validate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key }),
  }).then(async (response) => ((await response.json()) as { code: string }).code);

describe.each(await availableDialects())('secrets rotate on %s', (database) => {
  let cluster: ServerCluster;
  let folder: string;
  let key: string;
  let codeBefore: string;
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'portal-rotation-'));
    cluster = await startServers({ count: 1, database, sequential: true });
    const [portal] = cluster.instances;
    const admin = await signInOver(portal.url, NORTHWIND_ADMIN);
    const keys = (await (await admin.get('/api/portal/licenses/keys?limit=1')).json()) as {
      items: { licenseId: number }[];
    };
    const revealed = await admin.post(
      `/api/portal/licenses/${keys.items[0].licenseId}/reveal-key`,
      { purpose: 'copy' },
    );
    key = ((await revealed.json()) as { key: string }).key;
    codeBefore = await validate(portal.url, key);
    await portal.stop();
  }, 180_000);
  afterAll(async () => {
    await cluster?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses an unknown name or an existing file, changing nothing', async () => {
    const env = { ...cluster.env, DATA_DIR: folder };
    const unknown = await cli(
      ['secrets', 'rotate', 'licenseKeyEncryptoin', '--out', path.join(folder, 'x.json')],
      env,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('Unknown secret licenseKeyEncryptoin');
    const existing = path.join(folder, 'existing.json');
    writeFileSync(existing, 'keep me');
    const refused = await cli(['secrets', 'rotate', 'csrfKey', '--out', existing], env);
    expect(refused.code).toBe(1);
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
  }, 120_000);

  it('re-encrypts every stored key: the old secrets no longer find it, the new ones do', async () => {
    const before = JSON.parse(cluster.env.PORTAL_SECRETS!) as Record<string, string>;
    // A two-factor secret is sealed under the same encryption key: it must move with it.
    const database = openDatabase(cluster.databaseUrl);
    const totp = 'JBSWY3DPEHPK3PXP';
    const sealedBefore = new SecretBox(before.licenseKeyEncryption, TOTP_SECRET_PURPOSE).seal(totp);
    await database.db
      .updateTable('users')
      .set({ totp_secret: sealedBefore })
      .where('email', '=', NORTHWIND_ADMIN)
      .execute();
    // So is a mail waiting for a retry (its link carries a one-time token).
    const message = JSON.stringify({
      text: 'reset link',
      html: '<p>reset link</p>',
      headers: null,
    });
    const { id: mailId } = await database.db
      .insertInto('mail_deliveries')
      .values({
        recipient: NORTHWIND_ADMIN,
        subject: 'Reset',
        text_body: '',
        html_body: '',
        sealed_message: new SecretBox(before.licenseKeyEncryption, MAIL_MESSAGE_PURPOSE).seal(
          message,
        ),
        status: 'pending',
        next_attempt_at: '2099-01-01T00:00:00.000Z',
        created_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const out = path.join(folder, 'new-secrets.json');
    const rotated = await cli(
      ['secrets', 'rotate', 'licenseKeyEncryption,licenseKeyLookup', '--out', out],
      { ...cluster.env, DATA_DIR: folder },
    );
    expect(rotated.output).toMatch(/\d+ license keys re-encrypted/);
    expect(rotated.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const next = JSON.parse(readFileSync(out, 'utf8')) as Record<string, string>;
    const { totp_secret } = await database.db
      .selectFrom('users')
      .select('totp_secret')
      .where('email', '=', NORTHWIND_ADMIN)
      .executeTakeFirstOrThrow();
    const { sealed_message } = await database.db
      .selectFrom('mail_deliveries')
      .select('sealed_message')
      .where('id', '=', mailId)
      .executeTakeFirstOrThrow();
    await database.db.destroy();
    expect(
      new SecretBox(next.licenseKeyEncryption, MAIL_MESSAGE_PURPOSE).open(sealed_message!),
    ).toBe(message);
    expect(new SecretBox(next.licenseKeyEncryption, TOTP_SECRET_PURPOSE).open(totp_secret!)).toBe(
      totp,
    );
    expect(next.licenseKeyEncryption).not.toBe(before.licenseKeyEncryption);
    expect(next.licenseKeyLookup).not.toBe(before.licenseKeyLookup);
    expect(next.signingPrivateKey).toBe(before.signingPrivateKey);

    const stale = await cluster.add();
    expect(await validate(stale.url, key)).toBe('NOT_FOUND');
    await stale.stop();

    const current = await cluster.add({ PORTAL_SECRETS: JSON.stringify(next) });
    expect(await validate(current.url, key)).toBe(codeBefore);
    expect(codeBefore).not.toBe('NOT_FOUND');
  }, 180_000);
});
