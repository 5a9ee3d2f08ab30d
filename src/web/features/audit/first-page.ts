import type { AuditListQuery } from '../../../common/audit-api';
import { requestEarly } from '../../api/client';
import { auditEventsPath } from './api/audit-events';
import { parseAuditFilters, type AuditSearch } from './audit-filters';

/** The events query of one page of the log for these URL parameters (the first without `cursor`). */
export function auditEventsQueryOf(search: AuditSearch, cursor?: string): AuditListQuery {
  const { direction, size, ...filters } = parseAuditFilters(search);
  return { ...filters, direction, cursor, limit: size };
}

/** Requests the events the Audit page shows first, with its code (its route's beforeLoad, decision 154). */
export function requestAuditPage(search: AuditSearch): void {
  requestEarly(auditEventsPath(auditEventsQueryOf(search)));
}
