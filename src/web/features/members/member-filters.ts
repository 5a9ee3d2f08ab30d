import {
  MEMBER_SEARCH_SCOPES,
  MEMBER_SORT_COLUMNS,
  type MemberSearchScope,
  type MemberSortColumn,
} from '../../../common/members-api';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS, type SortDirection } from '../../../common/page';
import { ROLES, type Role } from '../../../common/roles';
import type { UrlFilters } from '../../components/use-url-filters';

/** The URL search parameters of the Members page (both tabs). */
export const MEMBER_URL_KEYS = ['tab', 'role', 'scope', 'q', 'sort', 'direction', 'size'] as const;
export type MemberUrlFilters = UrlFilters<(typeof MEMBER_URL_KEYS)[number]>;

const oneOf = <T extends string>(
  options: readonly T[],
  value: string | undefined,
): T | undefined => (options.includes(value as T) ? (value as T) : undefined);

/** The URL's filters, with anything unknown ignored (a hand-edited link never breaks the page). */
export function parseMemberFilters(url: MemberUrlFilters) {
  const size = Number(url.size);
  return {
    tab: url.tab === 'invited' ? ('invited' as const) : ('active' as const),
    role: oneOf<Role>(ROLES, url.role),
    scope: oneOf<MemberSearchScope>(MEMBER_SEARCH_SCOPES, url.scope) ?? 'name',
    q: url.q ?? '',
    sort: oneOf<MemberSortColumn>(MEMBER_SORT_COLUMNS, url.sort) ?? 'firstName',
    direction: oneOf<SortDirection>(['asc', 'desc'], url.direction) ?? 'asc',
    size: (PAGE_SIZE_OPTIONS as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

export type MemberFilters = ReturnType<typeof parseMemberFilters>;
