import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Credentials, LoginResult } from '../../../../common/account-api';
import { apiRequest } from '../../../api/client';

/** Either a session (cookie set) or, with two-factor authentication, a pending sign-in to complete. */
export const login = (credentials: Credentials) =>
  apiRequest<LoginResult>('/auth/login', { method: 'POST', body: credentials });

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    // Nothing cached for a previous member may survive into a new session.
    onSuccess: () => queryClient.removeQueries(),
  });
}
