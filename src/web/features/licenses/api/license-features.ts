import { useQuery } from '@tanstack/react-query';
import type { FeatureChoice } from '../../../../common/licenses-api';
import { apiRequest } from '../../../api/client';
import { useSession } from '../../../api/session';

export const fetchFeatureChoices = (signal?: AbortSignal) =>
  apiRequest<FeatureChoice[]>('/licenses/features', { signal });

/** The features the organization's licenses grant: the choices of the "licenses with feature" filter. */
export function useFeatureChoices() {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['licenses', organization.id, 'features'],
    queryFn: ({ signal }) => fetchFeatureChoices(signal),
  });
}
