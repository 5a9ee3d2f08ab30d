import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATE_TIME_FORMAT, formatInTimeZone } from '../../../src/common/format/date-time.js';
import { updateProduct } from '../../../src/server/modules/provisioning/products/service.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { provisionLicense, type ProvisionedLicense } from '../../support/licensing-fixtures.js';
import { parseCsv } from '../../support/parse-csv.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';
import { insertActivations, listAll } from './activation-fixtures.js';

describe.each(await availableDialects())(
  'the Activations table and its export on %s',
  (dialect) => {
    let t: TestApp;
    let admin: Client;
    let viewer: Client;
    let bulk: ProvisionedLicense;
    let productId: number;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      bulk = await provisionLicense(t);
      // More than two export batches (1000 rows each), so streaming crosses batch edges.
      await insertActivations(t, bulk, 2150);
      productId = (
        await t.ctx.db
          .selectFrom('licenses')
          .select('product_id')
          .where('id', '=', bulk.licenseId)
          .executeTakeFirstOrThrow()
      ).product_id;
      admin = await t.signIn(NORTHWIND_ADMIN);
      viewer = await t.signIn(NORTHWIND_VIEWER);
    });
    afterAll(() => t.close());

    it('lists the product newest first, with every field, paging without gaps or repeats', async () => {
      const items = await listAll(viewer, `productId=${productId}`, 97);
      expect(items).toHaveLength(2150);
      expect(new Set(items.map((a) => a.id)).size).toBe(2150);
      expect(items[0]).toMatchObject({
        activatedAt: '2026-03-02T11:49:00.000Z',
        productId,
        projectName: 'Project 0',
        activatedBy: 'Software',
        kind: 'machine',
        hostname: 'host-2149',
        status: 'live',
        deactivatedAt: null,
      });
      // Machine activations have no serial number (the masked license key is not one).
      expect(items[0].serialNumber).toBeNull();
      expect(items.map((a) => a.activatedAt)).toEqual(
        items
          .map((a) => a.activatedAt)
          .sort()
          .reverse(),
      );
    });

    it('sorts by product name both ways across every product and page, and follows a rename of the product', async () => {
      for (const direction of ['asc', 'desc'] as const) {
        const keys = (await listAll(admin, `sort=productName&direction=${direction}`)).map(
          (a) => [a.productName, a.id] as const,
        );
        const sorted = [...keys].sort((x, y) =>
          x[0] === y[0] ? x[1] - y[1] : x[0] < y[0] ? -1 : 1,
        );
        expect(new Set(keys.map(([name]) => name)).size).toBeGreaterThan(2);
        expect(keys).toEqual(direction === 'asc' ? sorted : sorted.reverse());
      }
      const { name } = await t.ctx.db
        .selectFrom('products')
        .select('name')
        .where('id', '=', productId)
        .executeTakeFirstOrThrow();
      await updateProduct(t.ctx, productId, { name: 'AAA renamed product' });
      const first = (
        await admin.get('/api/portal/activations?sort=productName&direction=asc&limit=1')
      ).json().items[0];
      expect(first).toMatchObject({ productId, productName: 'AAA renamed product' });
      expect(
        (await listAll(admin, `productId=${productId}`)).every(
          (a) => a.productName === 'AAA renamed product',
        ),
      ).toBe(true);
      expect(await listAll(admin, 'q=aaa%20RENAMED')).toHaveLength(2150);
      expect(await listAll(admin, `q=${encodeURIComponent(name)}&productId=${productId}`)).toEqual(
        [],
      );
      await updateProduct(t.ctx, productId, { name });
    });

    it.each(['projectName', 'projectManager', 'activatedBy'] as const)(
      'sorts by %s both ways across pages, ties broken by id',
      async (sort) => {
        for (const direction of ['asc', 'desc'] as const) {
          const items = await listAll(
            admin,
            `productId=${productId}&sort=${sort}&direction=${direction}`,
          );
          const keys = items.map((a) => [a[sort] ?? '', a.id] as const);
          const sorted = [...keys].sort((x, y) =>
            x[0] === y[0] ? x[1] - y[1] : x[0] < y[0] ? -1 : 1,
          );
          expect(keys).toEqual(direction === 'asc' ? sorted : sorted.reverse());
        }
      },
    );

    it('filters by date range (calendar days in the member zone), product and text', async () => {
      const all = await listAll(admin, `productId=${productId}`);
      const day = await listAll(admin, `productId=${productId}&from=2026-03-02&to=2026-03-02`);
      expect(day.length).toBeGreaterThan(0);
      expect(day.length).toBeLessThan(all.length);
      const dayIds = day.map((a) => a.id);
      expect(day.length).toBeGreaterThan(7);
      expect(
        (await listAll(admin, `productId=${productId}&from=2026-03-02&to=2026-03-02`, 7)).map(
          (a) => a.id,
        ),
      ).toEqual(dayIds);
      const dayOldestFirst = await listAll(
        admin,
        `productId=${productId}&from=2026-03-02&to=2026-03-02&direction=asc`,
        7,
      );
      expect(dayOldestFirst.map((a) => a.id)).toEqual([...dayIds].reverse());
      const searched = await listAll(admin, `productId=${productId}&q=HOST-214`);
      expect(searched.map((a) => a.hostname).sort()).toEqual(
        ['host-214', ...Array.from({ length: 10 }, (_, i) => `host-214${i}`)].sort(),
      );
      expect(await listAll(admin, 'q=%25_')).toEqual([]);
      expect(await listAll(admin, 'q=%22host')).toEqual([]);
      // Under three characters the trigram index cannot answer: every row is tested instead.
      expect((await listAll(admin, `productId=${productId}&q=t-`)).length).toBe(all.length);
      expect(
        (await listAll(admin, `productId=${productId}&q=ject%201`)).map((a) => a.projectName),
      ).toContain('Project 1');
      const everyProduct = await listAll(admin, '');
      expect(everyProduct.length).toBeGreaterThan(all.length);
    });

    it('answers an empty last page edge and refuses bad input with 400', async () => {
      const exact = await admin.get(
        `/api/portal/activations?productId=${productId}&q=host-2149&limit=1`,
      );
      expect(exact.json()).toMatchObject({ nextCursor: null, items: [{ hostname: 'host-2149' }] });
      for (const query of [
        'cursor=not-a-cursor',
        'sort=hostname',
        'from=2026-03-05&to=2026-03-01',
        'limit=101',
        'productId=0',
      ]) {
        expect((await admin.get(`/api/portal/activations?${query}`)).statusCode, query).toBe(400);
      }
    });

    it('lists the products the organization holds for the filter', async () => {
      const { products } = (await viewer.get('/api/portal/activations/products')).json();
      expect(products).toContainEqual({ id: productId, name: `Test product ${bulk.productCode}` });
    });

    it('exports exactly the filtered view in its order, every column, formula-safe, ISO UTC plus member zone', async () => {
      const query = `productId=${productId}&sort=projectName&direction=asc`;
      const response = await admin.get(`/api/portal/activations/export.csv?${query}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="northwind-robotics-activations-2026-06-1[45]\.csv"$/,
      );
      const [header, ...rows] = parseCsv(response.body);
      expect(header[0]).toBe('Activation Date (UTC)');
      expect(header[1]).toMatch(/^Activation Date \(.+\)$/);
      expect(header).toContain('Entitlement ID');
      expect(header).toContain('Serial Number');
      const view = await listAll(admin, query);
      expect(rows.map((r) => Number(r.at(-1)))).toEqual(view.map((a) => a.id));
      expect(rows.map((r) => r[0])).toEqual(view.map((a) => a.activatedAt));
      const zone = /^Activation Date \((.+)\)$/.exec(header[1])![1];
      expect(zone).not.toBe('UTC');
      expect(rows.map((r) => r[1])).toEqual(
        view.map((a) => formatInTimeZone(a.activatedAt, zone, DATE_TIME_FORMAT)),
      );
      expect(rows.filter((r) => r[4] === "'=cmd|calc").length).toBe(
        view.filter((a) => a.projectManager === '=cmd|calc').length,
      );
      expect(rows.some((r) => r[4] === '=cmd|calc')).toBe(false);
    });

    it('shows the serial number a serial activation binds, and labels instead of codes, in the list and the CSV', async () => {
      const serial = (await listAll(viewer, 'q=SN-CR-000731')).find(
        (a) => a.identifier === 'SN-CR-000731',
      )!;
      expect(serial).toMatchObject({
        kind: 'serial',
        serialNumber: 'SN-CR-000731',
        productName: 'Cirrus Render Farm',
      });
      const [header, ...rows] = parseCsv(
        (await admin.get('/api/portal/activations/export.csv?q=SN-CR-000731')).body,
      );
      const row = rows.find((r) => r[header.indexOf('Identifier')] === 'SN-CR-000731')!;
      expect(row[header.indexOf('Serial Number')]).toBe('SN-CR-000731');
      expect(row[header.indexOf('Kind')]).toBe('Serial number');
      const machine = rows.find((r) => r[header.indexOf('Kind')] === 'Machine');
      if (machine) expect(machine[header.indexOf('Serial Number')]).toBe('');
    });

    it("refuses a Viewer's export", async () => {
      expect((await viewer.get('/api/portal/activations/export.csv')).statusCode).toBe(403);
    });
  },
);
