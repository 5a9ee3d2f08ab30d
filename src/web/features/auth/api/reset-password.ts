import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import type { PasswordReset } from '../../../../common/account-api';
import type { OkAnswer } from '../../../../common/schema-kit';

export const resetPassword = (input: PasswordReset) =>
  apiRequest<OkAnswer>('/auth/reset-password', { method: 'POST', body: input });

export const useResetPassword = () => useMutation({ mutationFn: resetPassword });
