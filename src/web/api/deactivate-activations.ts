import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeactivationResult } from '../../common/activations-api';
import { apiRequest } from './client';

export const deactivateActivations = (activationIds: number[]) =>
  apiRequest<DeactivationResult>('/activations/deactivate', { method: 'POST', body: { activationIds } });

/** Reloads the activation lists and the dashboard, whose seat counts change. */
export function useDeactivateActivations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivateActivations,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['activations'] }), queryClient.invalidateQueries({ queryKey: ['dashboard'] })]),
  });
}
