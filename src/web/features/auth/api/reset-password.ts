import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import type { OkAnswer } from '../../../../common/schema-kit';

export const resetPassword = (input: { token: string; password: string }) =>
  apiRequest<OkAnswer>('/auth/reset-password', { method: 'POST', body: input });

export const useResetPassword = () => useMutation({ mutationFn: resetPassword });
