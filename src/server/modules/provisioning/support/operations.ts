import { VendorSupportContact } from '../../../../common/vendor-api.js';
import { Type } from 'typebox';
import type { AppContext } from '../../../context.js';
import { SupportContactFields } from '../common-schemas.js';
import { defineOperation } from '../operation.js';
import { findVendorContact, saveVendorContact } from './queries.js';

async function getSupportContact(ctx: AppContext) {
  const row = await findVendorContact(ctx.db);
  return {
    supportEmail: row?.support_email ?? null,
    supportUrl: row?.support_url ?? null,
    renewalEmail: row?.renewal_email ?? null,
  };
}

/** The global contact: every product without its own uses it (decision 092). Vendor-wide, so no organization audits it. */
export const supportOperations = [
  defineOperation({
    command: 'support get',
    summary: 'Read the global support contact and renewal request address',
    route: { method: 'GET', url: '/support-contact' },
    response: VendorSupportContact,
    run: (ctx) => getSupportContact(ctx),
  }),
  defineOperation({
    command: 'support set',
    summary:
      'Set the global support contact and renewal request address (a product’s own ones win)',
    route: { method: 'PATCH', url: '/support-contact' },
    body: Type.Object(SupportContactFields(' for every product without its own'), {
      minProperties: 1,
    }),
    response: VendorSupportContact,
    run: async (ctx, { body }) => {
      await saveVendorContact(
        ctx.db,
        {
          support_email: body.supportEmail,
          support_url: body.supportUrl,
          renewal_email: body.renewalEmail,
        },
        ctx.now().toISOString(),
      );
      return getSupportContact(ctx);
    },
  }),
];
