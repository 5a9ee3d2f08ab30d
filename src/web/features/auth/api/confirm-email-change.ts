import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import type { OkAnswer } from '../../../../common/schema-kit';

/** Opens an emailed confirmation link; works signed in or not. */
export const confirmEmailChange = (token: string) =>
  apiRequest<OkAnswer>('/account/email/confirm', { method: 'POST', body: { token } });

export const useConfirmEmailChange = () => useMutation({ mutationFn: confirmEmailChange });
