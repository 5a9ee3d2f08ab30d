import { MEMBER_SEARCH_SCOPES, MEMBER_SORT_COLUMNS } from '../../../common/plain-values';
import { DEFAULT_PAGE_SIZE, type SortDirection } from '../../../common/page';
import { ROLES } from '../../../common/plain-values';
import { oneOf, pageSize, searchParams, text, type SearchPatch } from '../../search-params';

/** The Members route's `validateSearch` (both tabs). */
export const validateMemberSearch = searchParams({
  tab: oneOf(['active', 'invited']),
  role: oneOf(ROLES),
  scope: oneOf(MEMBER_SEARCH_SCOPES),
  q: text,
  sort: oneOf(MEMBER_SORT_COLUMNS),
  direction: oneOf<SortDirection>(['asc', 'desc']),
  size: pageSize,
});
export type MemberSearch = ReturnType<typeof validateMemberSearch>;
export type MemberUrlFilters = SearchPatch<MemberSearch>;

/** The page's filters: the URL's, or the defaults. */
export function parseMemberFilters(search: MemberSearch) {
  return {
    tab: search.tab ?? 'active',
    role: search.role,
    scope: search.scope ?? 'name',
    q: search.q ?? '',
    sort: search.sort ?? 'firstName',
    direction: search.direction ?? 'asc',
    size: search.size ?? DEFAULT_PAGE_SIZE,
  };
}

export type MemberFilters = ReturnType<typeof parseMemberFilters>;
