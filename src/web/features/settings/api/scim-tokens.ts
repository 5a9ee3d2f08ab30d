import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatedScimToken, ScimTokenList } from '../../../../common/sso-api';
import type { OkAnswer } from '../../../../common/schema-kit';
import { apiRequest } from '../../../api/client';

export const scimTokensQuery = queryOptions({
  queryKey: ['sso', 'scim-tokens'],
  queryFn: ({ signal }) =>
    apiRequest<ScimTokenList>('/scim/tokens', { signal }).then((list) => list.items),
});

export const useScimTokens = (enabled: boolean) => useQuery({ ...scimTokensQuery, enabled });

export function useCreateScimToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      apiRequest<CreatedScimToken>('/scim/tokens', { method: 'POST', body: { name } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scimTokensQuery.queryKey }),
  });
}

export function useRevokeScimToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: number) =>
      apiRequest<OkAnswer>(`/scim/tokens/${tokenId}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scimTokensQuery.queryKey }),
  });
}
