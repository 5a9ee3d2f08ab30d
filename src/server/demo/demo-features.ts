import { recordAudit } from '../audit/record-audit.js';
import type { Trx } from '../db/transaction.js';
import { demoFeatures, demoGrants } from './demo-data-features.js';
import { insertLicenseFeature, insertProductFeature } from './seed-queries.js';

const DAY = 86_400_000;

interface SeededLicense {
  id: number;
  orgId: number;
  productCode: string;
  productName: string;
  entitlementPublicId: string;
  keyLast4: string;
}

/** The products' features and the licenses' grants of demo-data.ts, each grant audited as the vendor's. */
export async function seedDemoFeatures(
  trx: Trx,
  now: Date,
  productIds: Map<string, { id: number }>,
  licenses: Map<string, SeededLicense>,
) {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  const featureIds = new Map<string, { id: number; name: string }>();
  for (const feature of demoFeatures) {
    const row = await insertProductFeature(trx, {
      product_id: productIds.get(feature.product)!.id,
      code: feature.code,
      name: feature.name,
      description: feature.description,
      kind: feature.kind,
      unit: feature.unit,
      created_at: at(600).toISOString(),
    });
    featureIds.set(`${feature.product}/${feature.code}`, { id: row.id, name: feature.name });
  }
  for (const grant of demoGrants) {
    const license = licenses.get(`${grant.entitlement}/${grant.line}`)!;
    const feature = featureIds.get(`${license.productCode}/${grant.feature}`)!;
    await insertLicenseFeature(trx, {
      organization_id: license.orgId,
      license_id: license.id,
      feature_id: feature.id,
      limit_value: grant.limit ?? null,
      expires_at: grant.expiresInDays === undefined ? null : at(-grant.expiresInDays).toISOString(),
      created_at: at(grant.addedDaysAgo).toISOString(),
    });
    await recordAudit(trx, {
      organizationId: license.orgId,
      type: 'licenses',
      action: 'license.feature_granted',
      message: `Vendor added ${feature.name} to the ${license.productName} license of ${license.entitlementPublicId} (…${license.keyLast4})`,
      actor: { userId: null, label: 'Vendor' },
      target: { type: 'license', id: license.id },
      metadata: { feature: grant.feature, limit: grant.limit ?? null },
      at: at(grant.addedDaysAgo),
    });
  }
}
