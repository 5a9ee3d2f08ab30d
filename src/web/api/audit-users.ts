import { useQuery } from '@tanstack/react-query';
import type { AuditActor } from '../../common/audit-api';
import { apiRequest } from './client';
import { useSession } from './session';

export const fetchAuditUsers = (signal?: AbortSignal) => apiRequest<{ users: AuditActor[] }>('/audit-events/users', { signal });

/** The users who appear in the log, for its user filter. */
export function useAuditUsers() {
  const { organization } = useSession();
  return useQuery({ queryKey: ['audit-users', organization.id], queryFn: ({ signal }) => fetchAuditUsers(signal), select: (data) => data.users });
}
