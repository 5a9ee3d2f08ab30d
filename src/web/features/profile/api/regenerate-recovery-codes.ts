import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecoveryCodesPayload } from '../../../../common/account-api';
import { accountQuery } from './account';
import { apiRequest } from '../../../api/client';

export const regenerateRecoveryCodes = (password: string) =>
  apiRequest<RecoveryCodesPayload>('/account/two-factor/recovery-codes', {
    method: 'POST',
    body: { password },
  });

export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: regenerateRecoveryCodes,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountQuery.queryKey }),
  });
}
