import { useMutation } from '@tanstack/react-query';
import type { SsoStartAnswer, SsoStartInput } from '../../../../common/sso-api';
import { apiRequest } from '../../../api/client';

/** Where the identity provider of the email's organization signs the member in. */
export const startSso = (input: SsoStartInput) =>
  apiRequest<SsoStartAnswer>('/auth/sso/start', { method: 'POST', body: input });

export const useStartSso = () => useMutation({ mutationFn: startSso });
