import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecoveryCodesPayload } from '../../../../common/account-api';
import { accountQuery } from './account';
import { apiRequest } from '../../../api/client';

export const enableTwoFactor = (code: string) =>
  apiRequest<RecoveryCodesPayload>('/account/two-factor/enable', {
    method: 'POST',
    body: { code },
  });

export function useEnableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableTwoFactor,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountQuery.queryKey }),
  });
}
