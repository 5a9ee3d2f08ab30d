import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEventItem, AuditEventType } from '../../../../common/audit-api';
import type { Page, SortDirection } from '../../../../common/page';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';

/** The filters of the Audit & Event Log; the exports take the same ones. */
export interface AuditFilters {
  from?: string;
  to?: string;
  type?: AuditEventType;
  userId?: number;
  /** An actor that is not a member ("Software", "Vendor"), by its label. */
  actor?: string;
  q?: string;
}

export type AuditEventsQuery = AuditFilters & {
  direction?: SortDirection;
  cursor?: string;
  limit?: number;
};

export const fetchAuditEvents = (query: AuditEventsQuery, signal?: AbortSignal) =>
  apiRequest<Page<AuditEventItem>>(`/audit-events${toQueryString({ ...query })}`, { signal });

export function useAuditEvents(query: AuditEventsQuery) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['audit-events', organization.id, query],
    queryFn: ({ signal }) => fetchAuditEvents(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The download address of the filtered events; the browser fetches it with the session cookie. */
export const auditExportUrl = (format: 'csv' | 'jsonl', filters: AuditFilters) =>
  `/api/portal/audit-events/export.${format}${toQueryString({ ...filters })}`;
