import type { GrantedFeature } from '../../../common/license-features.js';
import type { GrantRow } from './queries.js';

export function presentGrant(row: GrantRow): GrantedFeature {
  return { code: row.code, name: row.name, kind: row.kind, unit: row.unit, limit: row.limit_value, expiresAt: row.expires_at };
}

/** Grants by license id, each license's in the order read. */
export function grantsByLicense(rows: GrantRow[]): Map<number, GrantedFeature[]> {
  const byLicense = new Map<number, GrantedFeature[]>();
  for (const row of rows) {
    const list = byLicense.get(row.license_id) ?? [];
    list.push(presentGrant(row));
    byLicense.set(row.license_id, list);
  }
  return byLicense;
}
