import { useQuery } from '@tanstack/react-query';
import type { LicenseProductDetail } from '../../../../common/licenses-api';
import { apiRequest } from '../../../api/client';
import { useSession } from '../../../api/session';

export const fetchLicenseProduct = (productId: number, signal?: AbortSignal) =>
  apiRequest<LicenseProductDetail>(`/licenses/products/${productId}`, { signal });

/** A product and the entitlements that include it; idle while no product is chosen. */
export function useLicenseProduct(productId: number | undefined) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['licenses', organization.id, 'product', productId],
    queryFn: ({ signal }) => fetchLicenseProduct(productId!, signal),
    enabled: productId !== undefined,
  });
}
