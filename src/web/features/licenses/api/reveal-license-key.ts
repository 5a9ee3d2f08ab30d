import { useMutation } from '@tanstack/react-query';
import type { RevealedKey, RevealKeyRequest } from '../../../../common/licenses-api';
import { apiRequest } from '../../../api/client';

export const revealLicenseKey = ({
  licenseId,
  purpose,
}: RevealKeyRequest & { licenseId: number }) =>
  apiRequest<RevealedKey>(`/licenses/${licenseId}/reveal-key`, {
    method: 'POST',
    body: { purpose },
  });

/** Each call is written to the audit log: the key is fetched on demand, never kept in the cache. */
export function useRevealLicenseKey() {
  return useMutation({ mutationFn: revealLicenseKey });
}
