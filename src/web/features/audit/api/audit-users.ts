import { useQuery } from '@tanstack/react-query';
import type { AuditActors } from '../../../../common/audit-api';
import { apiRequest } from '../../../api/client';
import { useSession } from '../../../api/session';

export const fetchAuditUsers = (signal?: AbortSignal) =>
  apiRequest<AuditActors>('/audit-events/users', { signal });

/** The members and the other actors (software, vendor) who appear in the log, for its user filter. */
export function useAuditUsers() {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['audit-users', organization.id],
    queryFn: ({ signal }) => fetchAuditUsers(signal),
  });
}
