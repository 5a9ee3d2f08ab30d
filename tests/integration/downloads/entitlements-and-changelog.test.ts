import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DownloadReleaseItem } from '../../../src/common/downloads-api.js';
import {
  createRelease,
  updateRelease,
} from '../../../src/server/modules/provisioning/releases/service.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

const versions = (items: DownloadReleaseItem[]) =>
  items.map((r) => `${r.productCode} ${r.version}`);

describe.each(await availableDialects())(
  'download entitlements and changelogs on %s',
  (dialect) => {
    let t: TestApp;
    let viewer: Client;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      viewer = await t.signIn(NORTHWIND_VIEWER);
    });
    afterAll(() => t.close());

    it('lists the releases of entitled products newest first; an expired license keeps only releases published before its expiry', async () => {
      const body = (await viewer.get('/api/portal/downloads/releases')).json();
      expect(versions(body.items)).toEqual([
        'ATLAS-CAD 2026.3.0-beta.1',
        'DELTA-SIM 5.1.0',
        'ATLAS-CAD 2026.2.0',
        'BEACON-CLOUD 4.2.0',
        'ECHO-TRIAL 1.0.0',
        'CIRRUS-RENDER 3.0.0',
        'ATLAS-CAD 2026.1.0',
      ]);
      expect(
        body.items[2].artifacts.map(
          (a: { kind: string; platform: string }) => `${a.kind} ${a.platform}`,
        ),
      ).toEqual([
        'installer linux',
        'installer macos',
        'installer windows',
        'documentation any',
        'documentation any',
      ]);
    });

    it('hides products without an active license: Globex sees only Atlas and Delta', async () => {
      const globex = await t.signIn(GLOBEX_ADMIN);
      const body = (await globex.get('/api/portal/downloads/releases')).json();
      expect(new Set(body.items.map((r: DownloadReleaseItem) => r.productCode))).toEqual(
        new Set(['ATLAS-CAD', 'DELTA-SIM']),
      );
      expect(
        (await globex.get('/api/portal/downloads/filters'))
          .json()
          .products.map((p: { code: string }) => p.code),
      ).toEqual(['ATLAS-CAD', 'DELTA-SIM']);
    });

    it('does not offer a release before it is published', async () => {
      const future = await createRelease(t.ctx, {
        productCode: 'ATLAS-CAD',
        version: '2099.1.0',
        publishedAt: '2099-01-01T00:00:00Z',
      });
      expect(
        versions((await viewer.get('/api/portal/downloads/releases')).json().items),
      ).not.toContain('ATLAS-CAD 2099.1.0');
      await updateRelease(t.ctx, future.id, { publishedAt: '2020-01-01T00:00:00Z' });
      expect(versions((await viewer.get('/api/portal/downloads/releases')).json().items)).toContain(
        'ATLAS-CAD 2099.1.0',
      );
    });

    it('filters by product and platform, and pages with a cursor', async () => {
      const filters = (await viewer.get('/api/portal/downloads/filters')).json();
      expect(filters.platforms).toEqual(['linux', 'macos', 'windows']);
      const atlas = filters.products.find((p: { code: string }) => p.code === 'ATLAS-CAD');
      const mac = (
        await viewer.get(`/api/portal/downloads/releases?productId=${atlas.id}&platform=macos`)
      ).json();
      expect(versions(mac.items)).toEqual(['ATLAS-CAD 2026.2.0', 'ATLAS-CAD 2026.1.0']);
      // A platform narrows the installers; documentation fits every platform.
      for (const release of mac.items) {
        expect(
          release.artifacts
            .filter((a: { kind: string }) => a.kind === 'installer')
            .map((a: { platform: string }) => a.platform),
        ).toEqual(['macos']);
      }
      const first = (await viewer.get('/api/portal/downloads/releases?limit=3')).json();
      const second = (
        await viewer.get(`/api/portal/downloads/releases?limit=3&cursor=${first.nextCursor}`)
      ).json();
      expect(versions(second.items)[0]).toBe('BEACON-CLOUD 4.2.0');
      expect((await viewer.get('/api/portal/downloads/releases?cursor=broken')).statusCode).toBe(
        400,
      );
    });

    it('renders the changelog by product code or id; a product without entitlement is 404', async () => {
      const byCode = (await viewer.get('/api/portal/downloads/changelog/ECHO-TRIAL')).json();
      expect(byCode.releases.items.map((r: { version: string }) => r.version)).toEqual(['1.0.0']);
      const byId = (
        await viewer.get(`/api/portal/downloads/changelog/${byCode.product.id}`)
      ).json();
      expect(byId.product.code).toBe('ECHO-TRIAL');
      const atlas = (await viewer.get('/api/portal/downloads/changelog/ATLAS-CAD')).json();
      expect(
        atlas.releases.items.find((r: { version: string }) => r.version === '2026.1.0').notesHtml,
      ).toContain(
        '<h3>New</h3>\n<ul>\n<li>Sheet-metal unfolding</li>\n<li><strong>Faster</strong> assembly loading</li>\n</ul>',
      );
      expect(
        (await (await t.signIn(GLOBEX_ADMIN)).get('/api/portal/downloads/changelog/BEACON-CLOUD'))
          .statusCode,
      ).toBe(404);
    });

    it('escapes HTML and drops unsafe links in release notes', async () => {
      const notes = [
        '<script>alert(1)</script>',
        '<img src=x onerror="alert(2)">',
        '[click](javascript:alert(3)) [ok](https://example.com/a?b=1&c=2)',
        '[quote](https://example.com/"onmouseover="alert(4))',
        '`<b>code</b>` **<i>bold</i>**',
      ].join('\n\n');
      await createRelease(t.ctx, {
        productCode: 'CIRRUS-RENDER',
        version: '3.0.1',
        notes,
        publishedAt: '2026-06-01T00:00:00Z',
      });
      const html: string = (
        await viewer.get('/api/portal/downloads/changelog/CIRRUS-RENDER')
      ).json().releases.items[0].notesHtml;
      // An unsafe link stays the Markdown text it was (decision 123): never an href.
      expect(html).not.toMatch(
        /<script|<img|<i>|<b>|href="javascript:|href="[^"]*"[^>]*onmouseover/i,
      );
      expect(html).toContain('[click](javascript:alert(3))');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain(
        '<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">ok</a>',
      );
      expect(html).toContain(
        '<code>&lt;b&gt;code&lt;/b&gt;</code> <strong>&lt;i&gt;bold&lt;/i&gt;</strong>',
      );
    });
  },
);
