import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  RenewalRequested,
  RenewalRequestInput,
  SupportRequestContext,
} from '../../common/support-api';
import { apiRequest } from './client';
import { toQueryString } from './query-string';
import { useSession } from './session';

export function useSupportContext(opened: boolean, licenseId: number | undefined) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['support', organization.id, licenseId],
    queryFn: ({ signal }) =>
      apiRequest<SupportRequestContext>(`/support${toQueryString({ licenseId })}`, { signal }),
    enabled: opened,
  });
}

export function useRequestRenewal(licenseId: number) {
  return useMutation({
    mutationFn: (body: RenewalRequestInput) =>
      apiRequest<RenewalRequested>(`/licenses/${licenseId}/renewal-request`, {
        method: 'POST',
        body,
      }),
  });
}
