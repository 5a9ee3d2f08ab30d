import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeactivationResult } from '../../common/activations-api';
import { apiRequest } from './client';

export const deactivateActivations = (activationIds: number[]) =>
  apiRequest<DeactivationResult>('/activations/deactivate', { method: 'POST', body: { activationIds } });

/** Reloads the activation lists, the license inventory and the dashboard, whose seat counts change. */
export function useDeactivateActivations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivateActivations,
    onSuccess: () => Promise.all(['activations', 'licenses', 'dashboard'].map((key) => queryClient.invalidateQueries({ queryKey: [key] }))),
  });
}
