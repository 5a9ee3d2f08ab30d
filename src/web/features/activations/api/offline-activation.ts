import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OfflineActivationResult } from '../../../../common/activations-api';
import { apiRequest } from '../../../api/client';
import { refreshSeatViews } from '../../../api/seat-views';

export interface OfflineActivationInput {
  requestFile: unknown;
  projectName?: string;
  projectManager?: string;
}

export const activateOffline = (body: OfflineActivationInput) =>
  apiRequest<OfflineActivationResult>('/activations/offline', { method: 'POST', body });

export function useOfflineActivation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: activateOffline,
    onSuccess: () => refreshSeatViews(queryClient),
  });
}
