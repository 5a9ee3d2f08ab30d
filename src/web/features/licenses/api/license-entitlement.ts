import { useQuery } from '@tanstack/react-query';
import type { EntitlementDetail } from '../../../../common/licenses-api';
import { apiRequest } from '../../../api/client';
import { useSession } from '../../../api/session';

export const fetchEntitlement = (entitlementId: number, signal?: AbortSignal) =>
  apiRequest<EntitlementDetail>(`/licenses/entitlements/${entitlementId}`, { signal });

/** An entitlement and its licenses; idle while no entitlement is chosen. */
export function useEntitlement(entitlementId: number | undefined) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['licenses', organization.id, 'entitlement', entitlementId],
    queryFn: ({ signal }) => fetchEntitlement(entitlementId!, signal),
    enabled: entitlementId !== undefined,
  });
}
