import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEventItem, AuditFilters, AuditListQuery } from '../../../../common/audit-api';
import type { Page } from '../../../../common/page';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';

/** The API path of one page (a route's loader may request it early, decision 154). */
export const auditEventsPath = (query: AuditListQuery) =>
  `/audit-events${toQueryString({ ...query })}`;

export const fetchAuditEvents = (query: AuditListQuery, signal?: AbortSignal) =>
  apiRequest<Page<AuditEventItem>>(auditEventsPath(query), { signal });

export function useAuditEvents(query: AuditListQuery) {
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
