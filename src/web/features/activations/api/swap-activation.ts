import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SwapActivationInput, SwapResult } from '../../../../common/activations-api';
import { apiRequest } from '../../../api/client';
import { refreshSeatViews } from '../../../api/seat-views';

export const swapActivation = ({
  activationId,
  ...body
}: SwapActivationInput & { activationId: number }) =>
  apiRequest<SwapResult>(`/activations/${activationId}/swap`, { method: 'POST', body });

export function useSwapActivation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: swapActivation,
    onSuccess: () => refreshSeatViews(queryClient),
  });
}
