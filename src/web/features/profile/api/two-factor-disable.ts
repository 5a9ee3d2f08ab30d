import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountQuery } from './account';
import { apiRequest } from '../../../api/client';
import type { OkAnswer } from '../../../../common/schema-kit';

export const disableTwoFactor = (password: string) =>
  apiRequest<OkAnswer>('/account/two-factor/disable', { method: 'POST', body: { password } });

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableTwoFactor,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountQuery.queryKey }),
  });
}
