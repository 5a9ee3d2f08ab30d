import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  SsoSettings,
  SsoSettingsInput,
  SsoTestInput,
  SsoTestResult,
} from '../../../../common/sso-api';
import { apiRequest } from '../../../api/client';

export const ssoSettingsQuery = queryOptions({
  queryKey: ['sso', 'settings'],
  queryFn: ({ signal }) => apiRequest<SsoSettings>('/sso', { signal }),
});

/** The organization's single sign-on settings (the secret only as "stored"). */
export const useSsoSettings = () => useQuery(ssoSettingsQuery);

export function useSaveSsoSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SsoSettingsInput) =>
      apiRequest<SsoSettings>('/sso', { method: 'PUT', body: input }),
    onSuccess: (saved) => queryClient.setQueryData(ssoSettingsQuery.queryKey, saved),
  });
}

export function useRemoveSsoSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('/sso', { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ssoSettingsQuery.queryKey }),
  });
}

/** "Test connection": discovery, the authorization endpoint and the secret, each explained. */
export const useTestSsoConnection = () =>
  useMutation({
    mutationFn: (input: SsoTestInput) =>
      apiRequest<SsoTestResult>('/sso/test', { method: 'POST', body: input }),
  });
