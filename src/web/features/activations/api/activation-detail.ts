import { useQuery } from '@tanstack/react-query';
import type { ActivationDetail } from '../../../../common/activations-api';
import { apiRequest } from '../../../api/client';
import { useSession } from '../../../api/session';

export const fetchActivationDetail = (activationId: number, signal?: AbortSignal) =>
  apiRequest<ActivationDetail>(`/activations/${activationId}`, { signal });

/** Fetches only while a panel shows an activation (`activationId` set). */
export function useActivationDetail(activationId: number | null) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['activations', organization.id, 'detail', activationId],
    queryFn: ({ signal }) => fetchActivationDetail(activationId!, signal),
    enabled: activationId !== null,
  });
}
