import { effectiveLicenseStatus } from '../../../common/license-status.js';
import type {
  LicenseKeySortColumn,
  LicenseKeyStatusFilter,
} from '../../../common/license-keys-api.js';
import type { LicenseKeyItem } from '../../../common/license-keys-schema.js';
import type { Page, SortDirection } from '../../../common/page.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { maskLicenseKey } from '../../crypto/license-keys.js';
import { featuresOfLicenses } from '../../licensing/public-api.js';
import { searchText } from '../../http/list-query.js';
import { decodeCursor, toPage } from '../../http/pagination.js';
import { assigneeCondition, assigneesBy } from './assignees.js';
import {
  LICENSE_KEY_SORT_SQL,
  liveSeatsOf,
  listLicenseKeys,
  NEVER_EXPIRES,
} from './key-list-queries.js';

const DAY_MS = 86_400_000;

export interface LicenseKeyListQuery {
  status?: LicenseKeyStatusFilter;
  productId?: number;
  featureId?: number;
  expiringWithinDays?: number;
  /** me, none or a member's user id (the Assigned to filter). */
  assigned?: string;
  q?: string;
  sort?: LicenseKeySortColumn;
  direction?: SortDirection;
  cursor?: string;
  limit: number;
}

type Row = Awaited<ReturnType<typeof listLicenseKeys>>[number];

const SORT_VALUE: Record<LicenseKeySortColumn, (row: Row) => string> = {
  addedAt: (row) => row.addedAt,
  expiresAt: (row) => row.expiresAt ?? NEVER_EXPIRES,
  product: (row) => row.productName,
};

/** The key's last characters a search may name: letters and digits of the text, at most the last four. */
function keySuffixOf(text: string): string | undefined {
  const symbols = text.replace(/[^A-Za-z0-9]/g, '');
  return symbols ? symbols.slice(-4) : undefined;
}

/** Every license of the organization, one row per key, filtered, sorted and paged. */
export async function listLicenseKeysOf(
  ctx: AppContext,
  actor: Actor,
  query: LicenseKeyListQuery,
): Promise<Page<LicenseKeyItem>> {
  const now = ctx.now();
  const text = searchText(query.q);
  const sort = query.sort ?? 'addedAt';
  const rows = await listLicenseKeys(
    ctx.db,
    actor.organizationId,
    {
      status: query.status,
      productId: query.productId,
      featureId: query.featureId,
      expiringBefore: query.expiringWithinDays
        ? new Date(now.getTime() + query.expiringWithinDays * DAY_MS).toISOString()
        : undefined,
      search: text ? { text, keySuffix: keySuffixOf(text) } : undefined,
      assigned: assigneeCondition(actor, query.assigned),
    },
    now.toISOString(),
    { sortBy: LICENSE_KEY_SORT_SQL[sort], direction: query.direction ?? 'desc' },
    decodeCursor(query.cursor),
    query.limit,
  );
  const page = toPage(
    rows,
    query.limit,
    (row) => ({ sortValue: SORT_VALUE[sort](row), id: row.licenseId }),
    (row) => row,
  );
  const licenseIds = page.items.map((row) => row.licenseId);
  const [used, assignees, features] = await Promise.all([
    liveSeatsOf(ctx.db, actor.organizationId, licenseIds, now.toISOString()),
    assigneesBy(ctx.db, actor, { licenseIds }),
    featuresOfLicenses(ctx.db, actor.organizationId, licenseIds),
  ]);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ status, key_last4, ...row }) => ({
      ...row,
      maskedKey: maskLicenseKey(key_last4),
      status: effectiveLicenseStatus(status, row.expiresAt, now),
      seatsUsed: used.get(row.licenseId) ?? 0,
      assignees: assignees.get(row.licenseId) ?? [],
      features: features.get(row.licenseId) ?? [],
    })),
  };
}
