import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReclaimResult } from '../../common/activations-api';
import { apiRequest } from './client';
import { refreshSeatViews } from './seat-views';

export const reclaimActivations = (notSeenForDays: number) =>
  apiRequest<ReclaimResult>('/activations/reclaim', { method: 'POST', body: { notSeenForDays } });

export function useReclaimActivations() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reclaimActivations, onSuccess: () => refreshSeatViews(queryClient) });
}
