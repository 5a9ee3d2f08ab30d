import { useMutation } from '@tanstack/react-query';
import type { TwoFactorSetupPayload } from '../../../../common/account-api';
import { apiRequest } from '../../../api/client';

export const startTwoFactorSetup = (password: string) =>
  apiRequest<TwoFactorSetupPayload>('/account/two-factor/setup', {
    method: 'POST',
    body: { password },
  });

export const useStartTwoFactorSetup = () => useMutation({ mutationFn: startTwoFactorSetup });
