import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';
import { sessionQuery } from './session';
import type { OkAnswer } from '../../common/schema-kit';

export const switchOrganization = (organizationId: number) =>
  apiRequest<OkAnswer>('/session/organization', { method: 'POST', body: { organizationId } });

/** Switches the active organization and reloads the session; organization data is cached per organization id. */
export function useSwitchOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: switchOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey }),
  });
}
