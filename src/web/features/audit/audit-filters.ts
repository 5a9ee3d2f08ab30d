import { AUDIT_TYPES, type AuditEventType } from '../../../common/audit-api';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS, type SortDirection } from '../../../common/page';
import type { AuditFilters } from './api/audit-events';
import type { UrlFilters } from '../../components/use-url-filters';

export const AUDIT_URL_KEYS = [
  'from',
  'to',
  'type',
  'userId',
  'actor',
  'q',
  'direction',
  'size',
] as const;
export type AuditUrlFilters = UrlFilters<(typeof AUDIT_URL_KEYS)[number]>;

const isDay = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

/** The URL's filters, with anything malformed ignored (a hand-edited link never breaks the page). */
export function parseAuditFilters(
  url: AuditUrlFilters,
): AuditFilters & { direction: SortDirection; size: number } {
  const userId = Number(url.userId);
  const size = Number(url.size);
  return {
    from: isDay(url.from),
    to: isDay(url.to),
    type: AUDIT_TYPES.includes(url.type as AuditEventType)
      ? (url.type as AuditEventType)
      : undefined,
    userId: Number.isInteger(userId) && userId > 0 ? userId : undefined,
    actor: url.userId ? undefined : url.actor || undefined,
    q: url.q,
    direction: url.direction === 'asc' ? 'asc' : 'desc',
    size: (PAGE_SIZE_OPTIONS as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}
