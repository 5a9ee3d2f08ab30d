import { useMutation } from '@tanstack/react-query';
import { apiRequest, isUnauthenticated, setCsrfToken } from './client';

/** Ends the session; one that already expired counts as signed out. */
export async function logout(): Promise<void> {
  try {
    await apiRequest('/auth/logout', { method: 'POST' });
  } catch (error) {
    if (!isUnauthenticated(error)) throw error;
  }
  setCsrfToken(null);
}

export const useLogout = () => useMutation({ mutationFn: logout });
