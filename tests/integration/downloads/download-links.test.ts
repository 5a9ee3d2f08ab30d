import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { artifactIdOf, signedLink } from '../../support/download-fixtures.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { organizationIdOf } from '../../support/portal-fixtures.js';
import { createTestApp, TEST_NOW, type Client, type TestApp } from '../../support/test-app.js';

describe.each(await availableDialects())('signed download links on %s', (dialect) => {
  let t: TestApp;
  let viewer: Client;
  let northwindId: number;
  let artifactId: number;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    viewer = await t.signIn(NORTHWIND_VIEWER);
    northwindId = await organizationIdOf(t.ctx, 'northwind-robotics');
    artifactId = await artifactIdOf(t.ctx, 'ATLAS-CAD', '2026.2.0');
  });
  afterAll(() => t.close());

  const linkFor = async (client: Client, id = artifactId) =>
    (await client.post(`/api/portal/downloads/artifacts/${id}/link`)).json().url as string;

  it('issues a link valid for DOWNLOAD_LINK_MINUTES that serves the whole file with its headers, and audits it', async () => {
    const response = await viewer.post(`/api/portal/downloads/artifacts/${artifactId}/link`);
    expect(response.json().expiresAt).toBe(
      new Date(TEST_NOW.getTime() + 15 * 60_000).toISOString(),
    );
    const file = await viewer.get(response.json().url);
    expect(file.statusCode).toBe(200);
    const artifact = await t.ctx.db
      .selectFrom('artifacts')
      .selectAll()
      .where('id', '=', artifactId)
      .executeTakeFirstOrThrow();
    expect(file.headers['content-length']).toBe(String(artifact.size));
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="${artifact.file_name}"`,
    );
    expect(file.headers['accept-ranges']).toBe('bytes');
    expect(createHash('sha256').update(file.rawPayload).digest('hex')).toBe(artifact.sha256);
    const events = (await viewer.get('/api/portal/audit-events?type=downloads')).json().items;
    expect(events[0]).toMatchObject({
      message: `Victor Chen downloaded ${artifact.file_name} (Atlas CAD Studio 2026.2.0)`,
    });
  });

  it('refuses a tampered link with 403', async () => {
    const url = new URL(await linkFor(viewer), 'http://portal');
    const other = await artifactIdOf(t.ctx, 'ATLAS-CAD', '2026.1.0');
    const variants = [
      `${url.pathname.replace(String(artifactId), String(other))}${url.search}`,
      url.pathname +
        url.search.replace(/expires=(\d+)/, (_m, s: string) => `expires=${Number(s) + 3600}`),
      url.pathname + url.search.replace(/signature=[^&]+/, 'signature=AAAA'),
    ];
    for (const variant of variants) {
      const response = await viewer.get(variant);
      expect(response.statusCode, variant).toBe(403);
      expect(response.json().error.code).toBe('download_link_invalid');
      expect(response.json().error.message).toMatch(/not valid/);
    }
    expect((await viewer.get(url.pathname)).statusCode).toBe(400);
  });

  it('refuses an expired link with 403', async () => {
    const url = await linkFor(viewer);
    t.clock.now = new Date(TEST_NOW.getTime() + 16 * 60_000);
    const response = await viewer.get(url);
    t.clock.now = TEST_NOW;
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({
      code: 'download_link_expired',
      message: expect.stringMatching(/expired/),
    });
  });

  it('refuses a link of another organization with 403, even to a member of both', async () => {
    const url = await linkFor(viewer);
    const globexAdmin = await t.signIn(GLOBEX_ADMIN);
    expect((await globexAdmin.get(url)).json().error.code).toBe('download_link_foreign');
    // Alice is Admin of Northwind and Viewer of Globex: once she switches to Globex, a Northwind link is foreign.
    const alice = await t.signIn(NORTHWIND_ADMIN);
    await alice.post('/api/portal/session/organization', {
      organizationId: await organizationIdOf(t.ctx, 'globex-engineering'),
    });
    const response = await alice.get(url);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('download_link_foreign');
  });

  it('refuses a validly signed link once the entitlement is gone', async () => {
    const echoNew = await artifactIdOf(t.ctx, 'ECHO-TRIAL', '1.1.0');
    const response = await viewer.get(
      signedLink(t.ctx, { artifactId: echoNew, organizationId: northwindId }),
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('download_not_entitled');
    expect((await viewer.post(`/api/portal/downloads/artifacts/${echoNew}/link`)).statusCode).toBe(
      404,
    );
  });

  it('requires a session: a leaked link alone does not download', async () => {
    expect((await t.anonymous.get(await linkFor(viewer))).statusCode).toBe(401);
  });
});
