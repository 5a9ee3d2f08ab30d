import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeactivationResult } from '../../common/activations-api';
import { apiRequest } from './client';
import { refreshSeatViews } from './seat-views';

export const deactivateActivations = (activationIds: number[]) =>
  apiRequest<DeactivationResult>('/activations/deactivate', {
    method: 'POST',
    body: { activationIds },
  });

export function useDeactivateActivations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivateActivations,
    onSuccess: () => refreshSeatViews(queryClient),
  });
}
