import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';

export const forgotPassword = (email: string) =>
  apiRequest<{ ok: true }>('/auth/forgot-password', { method: 'POST', body: { email } });

export const useForgotPassword = () => useMutation({ mutationFn: forgotPassword });
