import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import type { OkAnswer } from '../../../../common/schema-kit';

export interface SecondFactor {
  /** From the password step's answer. */
  pendingToken: string;
  /** From the authenticator app, or a recovery code. */
  code: string;
}

export const loginSecondFactor = (secondFactor: SecondFactor) =>
  apiRequest<OkAnswer>('/auth/login/second-factor', { method: 'POST', body: secondFactor });

export function useLoginSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: loginSecondFactor,
    // Nothing cached for a previous member may survive into a new session.
    onSuccess: () => queryClient.removeQueries(),
  });
}
