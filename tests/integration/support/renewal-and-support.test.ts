import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { provisionLicense, type ProvisionedLicense } from '../../support/licensing-fixtures.js';
import { startSmtpCatcher, type SmtpCatcher } from '../../support/smtp-catcher.js';
import { createTestApp, TEST_NOW, type Client, type TestApp } from '../../support/test-app.js';
import { vendorClient, type VendorClient } from '../../support/vendor-client.js';

const IN_TEN_DAYS = new Date(TEST_NOW.getTime() + 10 * 86_400_000).toISOString();

describe.each(await availableDialects())(
  'support contact and renewal requests on %s',
  (dialect) => {
    let smtp: SmtpCatcher;
    let t: TestApp;
    let vendor: VendorClient;
    let admin: Client;
    let viewer: Client;
    beforeAll(async () => {
      smtp = await startSmtpCatcher();
      t = await createTestApp(dialect, { env: { SMTP_URL: smtp.url } });
      vendor = await vendorClient(t);
      admin = await t.signIn(NORTHWIND_ADMIN);
      viewer = await t.signIn(NORTHWIND_VIEWER);
    });
    afterAll(async () => {
      await t.close();
      await smtp.close();
    });

    const productIdOf = async (license: ProvisionedLicense) =>
      (
        await t.ctx.db
          .selectFrom('products')
          .select('id')
          .where('code', '=', license.productCode)
          .executeTakeFirstOrThrow()
      ).id;
    const renewalEvents = (licenseId: number) =>
      t.ctx.db
        .selectFrom('audit_events')
        .select(['message', 'metadata', 'actor_label'])
        .where('action', '=', 'license.renewal_requested')
        .where('target_id', '=', String(licenseId))
        .execute();
    const requestRenewal = (client: Client, licenseId: number, payload: object = {}) =>
      client.post(`/api/portal/licenses/${licenseId}/renewal-request`, payload);

    it('the vendor sets the global contact by API; a product’s own values win field by field in the portal', async () => {
      const global = await vendor.patch('/support-contact', {
        supportEmail: 'help@vendor.example',
        supportUrl: 'https://help.vendor.example',
        renewalEmail: 'renew@vendor.example',
      });
      expect(global.statusCode, global.body).toBe(200);
      expect((await vendor.get('/support-contact')).json()).toEqual({
        supportEmail: 'help@vendor.example',
        supportUrl: 'https://help.vendor.example',
        renewalEmail: 'renew@vendor.example',
      });
      const license = await provisionLicense(t, { seats: 2 });
      const product = await vendor.patch(`/products/${await productIdOf(license)}`, {
        supportEmail: 'cad-help@vendor.example',
      });
      expect(product.statusCode, product.body).toBe(200);
      expect(product.json()).toMatchObject({ supportEmail: 'cad-help@vendor.example' });

      const forLicense = (
        await viewer.get(`/api/portal/support?licenseId=${license.licenseId}`)
      ).json();
      expect(forLicense).toMatchObject({
        organizationName: 'Northwind Robotics',
        // The product's email, the global URL (the product has none of its own).
        contact: { email: 'cad-help@vendor.example', url: 'https://help.vendor.example' },
        license: {
          licenseId: license.licenseId,
          salesOrder: 'SO-TEST',
          maskedKey: expect.stringMatching(/•/),
          validationCode: 'VALID',
        },
      });
      const general = (await viewer.get('/api/portal/support')).json();
      expect(general).toEqual({
        organizationName: 'Northwind Robotics',
        contact: { email: 'help@vendor.example', url: 'https://help.vendor.example' },
        license: null,
      });

      const bad = await vendor.patch('/support-contact', { supportUrl: 'ftp://nope' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields).toHaveProperty('supportUrl');
      expect((await vendor.get('/support-contact')).json().supportUrl).toBe(
        'https://help.vendor.example',
      );
    });

    it('an Admin’s renewal request mails the vendor a structured request and is audited', async () => {
      await vendor.patch('/support-contact', { renewalEmail: 'renew@vendor.example' });
      const license = await provisionLicense(t, { seats: 4, expiresAt: IN_TEN_DAYS });
      const seen = smtp.messages.length;
      const response = await requestRenewal(admin, license.licenseId, {
        message: 'We need 2 more seats.',
      });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toEqual({ emailDelivered: true, sentTo: 'renew@vendor.example' });

      const mail = await smtp.waitFor('renew@vendor.example', seen);
      expect(mail.subject).toMatch(
        /^Renewal request: Test product TEST-\w+, ENT-\d+ \(Northwind Robotics\)$/,
      );
      expect(mail.text).toContain('Organization: Northwind Robotics');
      expect(mail.text).toMatch(/License: .*•.*/);
      expect(mail.text).toMatch(/Entitlement: ENT-\d+/);
      expect(mail.text).toContain('Sales order: SO-TEST');
      expect(mail.text).toContain('Seats: 4');
      expect(mail.text).toContain('Seats in use: 0');
      expect(mail.text).toMatch(/Requested by: Alice .*<alice\.admin@northwind\.example>/);
      expect(mail.text).toContain('We need 2 more seats.');

      const [event] = await renewalEvents(license.licenseId);
      expect(event.message).toMatch(
        /^Alice .* requested a renewal of Test product TEST-\w+ \(ENT-\d+\)$/,
      );
      expect(JSON.parse(event.metadata)).toMatchObject({
        sentTo: 'renew@vendor.example',
        salesOrder: 'SO-TEST',
        seats: 4,
        seatsInUse: 0,
      });
    });

    it('refuses a Viewer, bad input, a license that is not expiring and a vendor without a renewal address, changing nothing', async () => {
      await vendor.patch('/support-contact', { renewalEmail: 'renew@vendor.example' });
      const expiring = await provisionLicense(t, { expiresAt: IN_TEN_DAYS });
      const perpetual = await provisionLicense(t, { expiresAt: null });
      const seen = smtp.messages.length;

      expect((await requestRenewal(viewer, expiring.licenseId)).statusCode).toBe(403);
      const tooLong = await requestRenewal(admin, expiring.licenseId, {
        message: 'x'.repeat(2001),
      });
      expect(tooLong.statusCode).toBe(400);
      const extra = await requestRenewal(admin, expiring.licenseId, { seats: 5 });
      expect(extra.statusCode).toBe(400);
      expect((await requestRenewal(admin, 999_999)).statusCode).toBe(404);
      const notDue = await requestRenewal(admin, perpetual.licenseId);
      expect(notDue.statusCode).toBe(409);
      expect(notDue.json().error.code).toBe('not_renewable');

      await vendor.patch('/support-contact', { renewalEmail: null });
      const unconfigured = await requestRenewal(admin, expiring.licenseId);
      expect(unconfigured.statusCode).toBe(409);
      expect(unconfigured.json().error.code).toBe('renewal_not_configured');
      // A product's own address is enough.
      await vendor.patch(`/products/${await productIdOf(expiring)}`, {
        renewalEmail: 'cad-renewals@vendor.example',
      });
      expect(await renewalEvents(expiring.licenseId)).toEqual([]);
      expect(await renewalEvents(perpetual.licenseId)).toEqual([]);
      expect(smtp.messages.length).toBe(seen);

      const allowed = await requestRenewal(admin, expiring.licenseId);
      expect(allowed.json()).toMatchObject({ sentTo: 'cad-renewals@vendor.example' });
    });

    it('the vendor assigns at provisioning to the purchaser’s email, audited, with a mail to them', async () => {
      const org = (
        await t.ctx.db
          .selectFrom('organizations')
          .select('id')
          .where('slug', '=', 'northwind-robotics')
          .executeTakeFirstOrThrow()
      ).id;
      const license = await provisionLicense(t);
      const seen = smtp.messages.length;
      const created = await vendor.post('/entitlements', {
        organizationId: org,
        salesOrder: 'SO-ASSIGN',
        orderDate: '2026-06-01',
        licenses: [
          {
            productCode: license.productCode,
            seats: 5,
            assignTo: NORTHWIND_VIEWER,
            assignSeats: 2,
          },
          { productCode: license.productCode, seats: 1, assignTo: 'buyer@purchaser.example' },
        ],
      });
      expect(created.statusCode, created.body).toBe(201);
      const [toViewer, toBuyer] = created.json().licenses as { id: number }[];
      const rows = await t.ctx.db
        .selectFrom('license_assignments')
        .select([
          'license_id',
          'email',
          'quantity',
          'user_id',
          'invitation_id',
          'assigned_by_label',
        ])
        .where('license_id', 'in', [toViewer.id, toBuyer.id])
        .orderBy('license_id')
        .execute();
      expect(rows).toMatchObject([
        { license_id: toViewer.id, email: NORTHWIND_VIEWER, quantity: 2, invitation_id: null },
        { license_id: toBuyer.id, email: 'buyer@purchaser.example', quantity: 1, user_id: null },
      ]);
      expect(rows[1].invitation_id).not.toBeNull();
      expect((await smtp.waitFor(NORTHWIND_VIEWER, seen)).subject).toContain(
        '2 seats assigned to you',
      );
      // The purchaser who is not a member yet gets the invitation.
      expect((await smtp.waitFor('buyer@purchaser.example', seen)).text).toContain('invit');
      const events = await t.ctx.db
        .selectFrom('audit_events')
        .select(['action', 'actor_label'])
        .where('action', '=', 'license.assigned')
        .where('target_id', 'in', [String(toViewer.id), String(toBuyer.id)])
        .execute();
      expect(events).toHaveLength(2);

      const over = await vendor.post('/entitlements', {
        organizationId: org,
        salesOrder: 'SO-ASSIGN-2',
        orderDate: '2026-06-01',
        licenses: [
          {
            productCode: license.productCode,
            seats: 1,
            assignTo: NORTHWIND_VIEWER,
            assignSeats: 3,
          },
        ],
      });
      expect(over.statusCode).toBe(409);
      expect(
        await t.ctx.db
          .selectFrom('entitlements')
          .select('id')
          .where('sales_order', '=', 'SO-ASSIGN-2')
          .execute(),
      ).toEqual([]);
    });
  },
);
