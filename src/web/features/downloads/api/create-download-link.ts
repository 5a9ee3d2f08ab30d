import { useMutation } from '@tanstack/react-query';
import type { SignedDownloadLink } from '../../../../common/downloads-api';
import { apiRequest } from '../../../api/client';

export const createDownloadLink = (artifactId: number) =>
  apiRequest<SignedDownloadLink>(`/downloads/artifacts/${artifactId}/link`, { method: 'POST' });

/** A fresh signed link to one file (links expire after minutes, so one is made per click). */
export function useCreateDownloadLink() {
  return useMutation({ mutationFn: createDownloadLink });
}
