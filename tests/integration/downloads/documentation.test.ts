import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DownloadFilterOptions,
  DownloadReleaseItem,
} from '../../../src/common/downloads-api.js';
import type { Page } from '../../../src/common/page.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';
import { vendorClient, type VendorClient } from '../../support/vendor-client.js';

describe.each(await availableDialects())('documentation downloads on %s', (dialect) => {
  let t: TestApp;
  let viewer: Client;
  let vendor: VendorClient;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    viewer = await t.signIn(NORTHWIND_VIEWER);
    vendor = await vendorClient(t);
  });
  afterAll(() => t.close());

  const releases = async (query: string) =>
    (await viewer.get(`/api/portal/downloads/releases${query}`)).json<Page<DownloadReleaseItem>>()
      .items;
  const files = (items: DownloadReleaseItem[]) =>
    items.flatMap((release) =>
      release.artifacts.map((artifact) => `${artifact.kind} ${artifact.fileName}`),
    );

  it('offers the demo’s documentation as its own category, downloadable through the same signed links', async () => {
    const options: DownloadFilterOptions = (
      await viewer.get('/api/portal/downloads/filters')
    ).json();
    expect(options.kinds).toEqual(['installer', 'documentation']);
    expect(options.platforms).not.toContain('any');

    const documentation = await releases('?kind=documentation');
    expect(files(documentation)).toEqual([
      'documentation delta-sim-5.1.0-release-notes.pdf',
      'documentation atlas-cad-2026.2.0-release-notes.pdf',
      'documentation atlas-cad-2026.2.0-user-manual.pdf',
    ]);
    expect(
      files(await releases('?kind=installer')).every((file) => file.startsWith('installer ')),
    ).toBe(true);
    // Documentation is for every platform: a platform filter keeps it.
    expect(files(await releases('?platform=macos'))).toContain(
      'documentation atlas-cad-2026.2.0-user-manual.pdf',
    );

    const manual = documentation[1].artifacts.find((artifact) =>
      artifact.fileName.endsWith('user-manual.pdf'),
    )!;
    const link = (await viewer.post(`/api/portal/downloads/artifacts/${manual.id}/link`)).json()
      .url as string;
    const file = await viewer.get(link);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(file.rawPayload.length).toBe(manual.size);
    expect((await viewer.get('/api/portal/downloads/releases?kind=manual')).statusCode).toBe(400);
  });

  it('lets the vendor upload documentation without a platform; an installer still needs one', async () => {
    const release = (await vendor.get('/releases', { productCode: 'DELTA-SIM' })).json().items[0];
    const pdf = Buffer.from('%PDF-1.4\n% a manual\n');
    const refused = await vendor.upload(`/releases/${release.id}/artifacts`, pdf, {
      fileName: 'delta-sim-installer.bin',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual({
      platform: 'is required for an installer',
      arch: 'is required for an installer',
    });

    const uploaded = await vendor.upload(`/releases/${release.id}/artifacts`, pdf, {
      fileName: 'delta-sim-admin-guide.pdf',
      kind: 'documentation',
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json()).toMatchObject({
      fileName: 'delta-sim-admin-guide.pdf',
      kind: 'documentation',
      platform: 'any',
      arch: 'any',
    });
    expect(
      (
        await vendor.upload(`/releases/${release.id}/artifacts`, pdf, {
          fileName: 'x.pdf',
          kind: 'brochure',
        })
      ).statusCode,
    ).toBe(400);
    expect(files(await releases('?kind=documentation'))).toContain(
      'documentation delta-sim-admin-guide.pdf',
    );
  });
});
