import { useQuery } from '@tanstack/react-query';
import type { ActivationProducts } from '../../common/activations-api';
import { apiRequest } from './client';
import { useSession } from './session';

export const fetchActivationProducts = (signal?: AbortSignal) =>
  apiRequest<ActivationProducts>('/activations/products', { signal }).then((body) => body.products);

export function useActivationProducts() {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['activation-products', organization.id],
    queryFn: ({ signal }) => fetchActivationProducts(signal),
  });
}
