import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import type { OkAnswer } from '../../../../common/schema-kit';

export const forgotPassword = (email: string) =>
  apiRequest<OkAnswer>('/auth/forgot-password', { method: 'POST', body: { email } });

export const useForgotPassword = () => useMutation({ mutationFn: forgotPassword });
