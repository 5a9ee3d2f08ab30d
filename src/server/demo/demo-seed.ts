import { recordAudit } from '../audit/record-audit.js';
import type { AppContext } from '../context.js';
import { generateLicenseKey } from '../crypto/license-keys.js';
import { hashPassword } from '../crypto/passwords.js';
import { randomToken, sha256Hex } from '../crypto/tokens.js';
import { DEFAULT_PREFERENCES } from '../../common/preferences.js';
import { ROLE_LABELS } from '../../common/roles.js';
import { inTransaction } from '../db/transaction.js';
import {
  DEMO_PASSWORD,
  demoInvitations,
  demoOrganizations,
  demoProducts,
  demoUsers,
} from './demo-data.js';
import { demoActivations } from './demo-data-activations.js';
import { demoEntitlements } from './demo-data-entitlements.js';
import { saveVendorContact } from '../modules/provisioning/support/queries.js';
import { seedDemoFeatures } from './demo-features.js';
import { seedDemoReleases } from './demo-releases.js';
import {
  hasAnyOrganization,
  insertActivation,
  insertEntitlement,
  insertInvitation,
  insertLicense,
  insertMembership,
  insertOrganization,
  insertProduct,
  insertUser,
} from './seed-queries.js';

const DAY = 86_400_000;

export async function isDatabaseEmpty(ctx: AppContext): Promise<boolean> {
  return !(await hasAnyOrganization(ctx.db));
}

export const DEMO_VENDOR_CONTACT = {
  support_email: 'support@vendor.example',
  support_url: 'https://support.vendor.example',
  renewal_email: 'renewals@vendor.example',
};

/** Seeds the demo world of demo-data.ts, relative to the context's clock, in one transaction. */
export async function seedDemoData(ctx: AppContext): Promise<void> {
  const now = ctx.now();
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const iso = (days: number) => ago(days).toISOString();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const preferences = JSON.stringify({ ...DEFAULT_PREFERENCES, timezone: 'Europe/Berlin' });

  await inTransaction(ctx.db, async (trx) => {
    // The vendor's global support contact and renewal address: Contact support and Request renewal work in the demo.
    await saveVendorContact(trx, DEMO_VENDOR_CONTACT, now.toISOString());
    const orgIds = new Map<string, number>();
    for (const org of demoOrganizations) {
      const row = await insertOrganization(trx, {
        name: org.name,
        slug: org.slug,
        created_at: iso(500),
      });
      orgIds.set(org.key, row.id);
    }

    const users = new Map<string, { id: number; label: string }>();
    for (const user of demoUsers) {
      const row = await insertUser(trx, {
        email: user.email,
        first_name: user.first,
        last_name: user.last,
        phone: user.phone,
        password_hash: passwordHash,
        preferences,
        created_at: iso(450),
        updated_at: iso(450),
      });
      const label = `${user.first} ${user.last}`;
      users.set(user.key, { id: row.id, label });
      for (const [org, role] of user.memberships) {
        await insertMembership(trx, {
          organization_id: orgIds.get(org)!,
          user_id: row.id,
          role,
          created_at: iso(450),
        });
        await recordAudit(trx, {
          organizationId: orgIds.get(org)!,
          type: 'members',
          action: 'member.added',
          message: `${label} joined as ${role === 'admin' ? 'Admin' : 'Viewer'}`,
          actor: { userId: null, label: 'Vendor' },
          target: { type: 'user', id: row.id },
          at: ago(450),
        });
      }
    }

    const inviter = users.get('alice')!;
    for (const invitation of demoInvitations) {
      const orgId = orgIds.get(invitation.org)!;
      const row = await insertInvitation(trx, {
        organization_id: orgId,
        email: invitation.email,
        phone: invitation.phone,
        role: invitation.role,
        token_hash: sha256Hex(randomToken()),
        invited_by_user_id: inviter.id,
        created_at: iso(invitation.sentDaysAgo),
        expires_at: iso(invitation.sentDaysAgo - 7),
      });
      await recordAudit(trx, {
        organizationId: orgId,
        type: 'members',
        action: 'invitation.created',
        message: `${inviter.label} invited ${invitation.email} as ${ROLE_LABELS[invitation.role]}`,
        actor: { userId: inviter.id, label: inviter.label },
        target: { type: 'invitation', id: row.id },
        metadata: { email: invitation.email, role: invitation.role },
        at: ago(invitation.sentDaysAgo),
      });
    }

    const productIds = new Map<
      string,
      { id: number; name: string; kind: 'machine' | 'domain' | 'serial' }
    >();
    for (const p of demoProducts) {
      const row = await insertProduct(trx, {
        code: p.code,
        name: p.name,
        license_type: p.license_type,
        deployment_type: p.deployment_type,
        activation_kind: p.activation_kind,
        heartbeat_interval_seconds: p.heartbeat,
        description: p.description,
        created_at: iso(600),
      });
      productIds.set(p.code, { id: row.id, name: p.name, kind: p.activation_kind });
    }
    await seedDemoReleases(ctx, trx, productIds);

    const licenseIds = new Map<
      string,
      {
        id: number;
        orgId: number;
        productId: number;
        productCode: string;
        productName: string;
        entitlementId: number;
        entitlementPublicId: string;
        keyLast4: string;
        kind: 'machine' | 'domain' | 'serial';
      }
    >();
    for (const ent of demoEntitlements) {
      const orgId = orgIds.get(ent.org)!;
      const latestExpiry = Math.max(...ent.licenses.map((l) => l.expiresInDays ?? 10_000));
      const entRow = await insertEntitlement(trx, {
        public_id: ent.publicId,
        organization_id: orgId,
        sales_order: ent.salesOrder,
        po_number: ent.poNumber,
        order_date: iso(ent.orderedDaysAgo).slice(0, 10),
        expires_on: latestExpiry >= 10_000 ? null : iso(-latestExpiry).slice(0, 10),
        status: latestExpiry < 0 ? 'expired' : 'active',
        created_at: iso(ent.orderedDaysAgo),
      });
      for (const [line, lic] of ent.licenses.entries()) {
        const product = productIds.get(lic.product)!;
        const sealed = ctx.licenseKeys.seal(generateLicenseKey());
        const row = await insertLicense(trx, {
          organization_id: orgId,
          entitlement_id: entRow.id,
          product_id: product.id,
          product_name: product.name,
          ...sealed,
          seats: lic.seats,
          status: lic.status ?? 'active',
          expires_at: lic.expiresInDays === null ? null : iso(-lic.expiresInDays),
          created_at: iso(lic.addedDaysAgo),
        });
        licenseIds.set(`${ent.publicId}/${line}`, {
          id: row.id,
          orgId,
          productId: product.id,
          productCode: lic.product,
          productName: product.name,
          entitlementId: entRow.id,
          entitlementPublicId: ent.publicId,
          keyLast4: sealed.key_last4,
          kind: product.kind,
        });
      }
    }

    await seedDemoFeatures(trx, now, productIds, licenseIds);

    for (const a of [...demoActivations].sort((x, y) => y.daysAgo - x.daysAgo)) {
      const license = licenseIds.get(`${a.entitlement}/${a.line}`)!;
      const actor = a.by ? users.get(a.by)! : { id: null, label: 'Software' };
      const row = await insertActivation(trx, {
        organization_id: license.orgId,
        license_id: license.id,
        product_id: license.productId,
        product_name: license.productName,
        entitlement_id: license.entitlementId,
        entitlement_public_id: license.entitlementPublicId,
        key_last4: license.keyLast4,
        kind: license.kind,
        identifier: a.identifier,
        name: a.hostname,
        hostname: a.hostname,
        platform: a.platform,
        quantity: a.quantity,
        project_name: a.project,
        project_manager: a.manager,
        activated_by_user_id: actor.id,
        activated_by_label: actor.label,
        activated_at: iso(a.daysAgo),
        last_heartbeat_at: iso(Math.min(a.daysAgo, 0.2)),
        deactivated_at: a.deactivatedDaysAgo === undefined ? null : iso(a.deactivatedDaysAgo),
        deactivated_by_user_id: a.deactivatedDaysAgo === undefined ? null : actor.id,
        deactivated_by_label: a.deactivatedDaysAgo === undefined ? null : actor.label,
      });
      await recordAudit(trx, {
        organizationId: license.orgId,
        type: 'activations',
        action: 'activation.created',
        message: `${actor.label} activated ${a.quantity} seat${a.quantity > 1 ? 's' : ''} on ${a.hostname ?? a.identifier}`,
        actor: { userId: actor.id, label: actor.label },
        target: { type: 'activation', id: row.id },
        at: ago(a.daysAgo),
      });
    }
  });
}
