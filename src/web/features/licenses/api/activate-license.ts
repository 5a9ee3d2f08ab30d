import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActivateLicenseInput, LicenseActivated } from '../../../../common/licenses-api';
import { apiRequest } from '../../../api/client';
import { refreshSeatViews } from '../../../api/seat-views';

export const activateLicense = ({
  licenseId,
  ...body
}: ActivateLicenseInput & { licenseId: number }) =>
  apiRequest<LicenseActivated>(`/licenses/${licenseId}/activations`, { method: 'POST', body });

export function useActivateLicense() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: activateLicense,
    onSuccess: () => refreshSeatViews(queryClient),
  });
}
