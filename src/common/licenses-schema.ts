import { Type, type Static } from 'typebox';
import { AssigneeSummary } from './assignments-api.js';
import { LICENSE_STATUSES } from './license-status.js';
import { nullableOutput, PageOf, StringEnum } from './schema-kit.js';

/** The effective status of a license, as every list and panel shows it. */
export const LicenseStatusSchema = StringEnum(LICENSE_STATUSES, {
  description:
    'Effective status: suspended/revoked, else expired, else expiring soon (30 days), else active',
});

/** One line of an entitlement (GET /api/portal/licenses/entitlements): the license of one product it grants. */
export const EntitlementLineItem = Type.Object({
  licenseId: Type.Integer(),
  entitlementId: Type.Integer(),
  entitlementPublicId: Type.String({ examples: ['ENT-000123'] }),
  salesOrder: Type.String({ examples: ['SO-2026-0042'] }),
  status: LicenseStatusSchema,
  productName: Type.String({ examples: ['Atlas CAD'] }),
  productDescription: Type.String(),
  orderDate: Type.String({ description: 'The order date (YYYY-MM-DD)', examples: ['2026-06-01'] }),
  expiresAt: nullableOutput(
    Type.String({ description: 'The license’s expiry instant (UTC); null = never' }),
  ),
  poNumber: nullableOutput(Type.String({ description: 'The customer’s purchase order number' })),
  totalAvailable: Type.Integer({ description: 'Seats the license grants' }),
  assignees: Type.Array(AssigneeSummary),
});
export type EntitlementLineItem = Static<typeof EntitlementLineItem>;

export const EntitlementLinePage = PageOf(EntitlementLineItem);
