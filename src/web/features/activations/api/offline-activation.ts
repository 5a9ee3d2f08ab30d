import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OfflineActivationResult } from '../../../../common/activations-api';
import type { OfflineActivationRequest } from '../../../../common/licensing-api';
import { apiRequest } from '../../../api/client';
import { refreshSeatViews } from '../../../api/seat-views';

export const activateOffline = (body: OfflineActivationRequest) =>
  apiRequest<OfflineActivationResult>('/activations/offline', { method: 'POST', body });

export function useOfflineActivation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: activateOffline,
    onSuccess: () => refreshSeatViews(queryClient),
  });
}
