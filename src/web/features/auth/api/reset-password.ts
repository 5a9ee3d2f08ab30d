import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';

export const resetPassword = (input: { token: string; password: string }) =>
  apiRequest<{ ok: true }>('/auth/reset-password', { method: 'POST', body: input });

export const useResetPassword = () => useMutation({ mutationFn: resetPassword });
