import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActivateLicenseInput, LicenseActivated } from '../../common/licenses-api';
import { apiRequest } from './client';

export const activateLicense = ({ licenseId, ...body }: ActivateLicenseInput & { licenseId: number }) =>
  apiRequest<LicenseActivated>(`/licenses/${licenseId}/activations`, { method: 'POST', body });

/** Seat counts change everywhere: licenses, activations and the dashboard reload. */
export function useActivateLicense() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: activateLicense,
    onSuccess: () =>
      Promise.all(['licenses', 'activations', 'dashboard'].map((key) => queryClient.invalidateQueries({ queryKey: [key] }))),
  });
}
