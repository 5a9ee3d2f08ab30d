import { AUDIT_TYPES } from '../../../common/plain-values';
import type { AuditFilters } from '../../../common/audit-api';
import { DEFAULT_PAGE_SIZE, type SortDirection } from '../../../common/page';
import {
  day,
  oneOf,
  pageSize,
  positiveInteger,
  searchParams,
  text,
  type SearchPatch,
} from '../../search-params';

/** The Audit log route's `validateSearch`. */
export const validateAuditSearch = searchParams({
  from: day,
  to: day,
  type: oneOf(AUDIT_TYPES),
  userId: positiveInteger(),
  actor: text,
  q: text,
  direction: oneOf<SortDirection>(['asc', 'desc']),
  size: pageSize,
});
export type AuditSearch = ReturnType<typeof validateAuditSearch>;
export type AuditUrlFilters = SearchPatch<AuditSearch>;

/** The log's filters: the URL's, or the defaults. A member (`userId`) wins over an `actor`. */
export function parseAuditFilters(
  search: AuditSearch,
): AuditFilters & { direction: SortDirection; size: number } {
  return {
    from: search.from,
    to: search.to,
    type: search.type,
    userId: search.userId,
    actor: search.userId ? undefined : search.actor,
    q: search.q,
    direction: search.direction ?? 'desc',
    size: search.size ?? DEFAULT_PAGE_SIZE,
  };
}
