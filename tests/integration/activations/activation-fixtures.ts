import type { ActivationItem } from '../../../src/common/activations-api.js';
import type { Client, TestApp } from '../../support/test-app.js';
import type { ProvisionedLicense } from '../../support/licensing-fixtures.js';

/** Activations written straight into a provisioned license, `count` of them a minute apart from `start`. */
export async function insertActivations(
  t: TestApp,
  license: ProvisionedLicense,
  count: number,
  start = '2026-03-01T00:00:00.000Z',
) {
  const row = await t.ctx.db
    .selectFrom('licenses')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .innerJoin('entitlements', 'entitlements.id', 'licenses.entitlement_id')
    .select([
      'licenses.product_id',
      'licenses.entitlement_id',
      'licenses.key_last4',
      'entitlements.public_id',
      'products.name as product_name',
    ])
    .where('licenses.id', '=', license.licenseId)
    .executeTakeFirstOrThrow();
  const values = Array.from({ length: count }, (_, i) => ({
    organization_id: license.organizationId,
    license_id: license.licenseId,
    product_id: row.product_id,
    product_name: row.product_name,
    entitlement_id: row.entitlement_id,
    entitlement_public_id: row.public_id,
    key_last4: row.key_last4,
    kind: 'machine' as const,
    identifier: `HW-${license.productCode}-${i}`,
    name: null,
    hostname: `host-${i}`,
    platform: 'Linux',
    project_name: i % 5 === 0 ? null : `Project ${String(i % 7)}`,
    project_manager: i % 3 === 0 ? '=cmd|calc' : `Manager ${String(i % 4)}`,
    activated_by_user_id: null,
    activated_by_label: i % 2 ? 'Software' : 'Alice Moreau',
    activated_at: new Date(Date.parse(start) + i * 60_000).toISOString(),
    last_heartbeat_at: null,
    heartbeat_deadline: null,
    deactivated_at: null,
    deactivated_by_user_id: null,
    deactivated_by_label: null,
  }));
  for (let i = 0; i < values.length; i += 200)
    await t.ctx.db
      .insertInto('activations')
      .values(values.slice(i, i + 200))
      .execute();
}

/** Every page of the list for a query string, following the cursors. */
export async function listAll(
  client: Client,
  query: string,
  limit = 100,
): Promise<ActivationItem[]> {
  const items: ActivationItem[] = [];
  let cursor: string | null = null;
  do {
    const response = await client.get(
      `/api/portal/activations?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    if (response.statusCode !== 200) throw new Error(response.body);
    const page: { items: ActivationItem[]; nextCursor: string | null } = response.json();
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
