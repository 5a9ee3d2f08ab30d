import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';

export const revealLicenseKey = ({
  licenseId,
  purpose,
}: {
  licenseId: number;
  purpose: 'reveal' | 'copy';
}) =>
  apiRequest<{ key: string }>(`/licenses/${licenseId}/reveal-key`, {
    method: 'POST',
    body: { purpose },
  });

/** Each call is written to the audit log: the key is fetched on demand, never kept in the cache. */
export function useRevealLicenseKey() {
  return useMutation({ mutationFn: revealLicenseKey });
}
