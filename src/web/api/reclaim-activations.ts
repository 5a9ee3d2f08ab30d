import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReclaimResult } from '../../common/activations-api';
import { apiRequest } from './client';

export const reclaimActivations = (notSeenForDays: number) =>
  apiRequest<ReclaimResult>('/activations/reclaim', { method: 'POST', body: { notSeenForDays } });

/** Reloads the activation lists and the dashboard, whose seat counts change. */
export function useReclaimActivations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reclaimActivations,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['activations'] }), queryClient.invalidateQueries({ queryKey: ['dashboard'] })]),
  });
}
