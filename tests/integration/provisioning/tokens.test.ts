import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/server/crypto/tokens.js';
import {
  listApiTokens,
  revokeApiToken,
} from '../../../src/server/modules/provisioning/tokens/service.js';
import { availableDialects } from '../../support/databases.js';
import { createTestApp, TEST_NOW, type TestApp } from '../../support/test-app.js';
import { vendorClient } from '../../support/vendor-client.js';

describe.each(await availableDialects())('vendor API tokens on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('stores only the SHA-256 of a token, which then authenticates, noting its last use', async () => {
    const client = await vendorClient(t, 'erp');
    expect(client.token).toMatch(/^pvt_[A-Za-z0-9_-]{43}$/);
    const row = await t.ctx.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('name', '=', 'erp')
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(sha256Hex(client.token));
    expect(JSON.stringify(row)).not.toContain(client.token);
    expect((await client.get('/organizations')).statusCode).toBe(200);
    expect((await listApiTokens(t.ctx)).find((token) => token.name === 'erp')).toMatchObject({
      lastUsedAt: TEST_NOW.toISOString(),
      revokedAt: null,
    });
  });

  it('answers 401 without a token, with an unknown one, and with a revoked one', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/vendor/organizations' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('unauthenticated');
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/vendor/organizations',
      headers: { authorization: 'Bearer pvt_forged' },
    });
    expect(forged.statusCode).toBe(401);

    const client = await vendorClient(t, 'to-revoke');
    const { id } = (await listApiTokens(t.ctx)).find((token) => token.name === 'to-revoke')!;
    expect(await revokeApiToken(t.ctx, id)).toMatchObject({
      id,
      revokedAt: TEST_NOW.toISOString(),
    });
    expect((await client.get('/organizations')).statusCode).toBe(401);
    await expect(revokeApiToken(t.ctx, 99_999)).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('refuses an upload without a token before storing anything', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/vendor/releases/1/artifacts?fileName=a.zip&platform=linux&arch=x64',
      payload: Buffer.from('x'),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(response.statusCode).toBe(401);
  });
});
