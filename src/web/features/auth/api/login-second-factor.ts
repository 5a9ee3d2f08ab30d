import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import type { SecondFactor } from '../../../../common/account-api';
import type { OkAnswer } from '../../../../common/schema-kit';

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
