import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MAX_DEACTIVATE_AT_ONCE } from '../../../../common/plain-values';
import type {
  ReclaimPreview,
  ReclaimRequest,
  ReclaimResult,
} from '../../../../common/reclaim-schema';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';
import { refreshSeatViews } from '../../../api/seat-views';
import type { ReclaimProgress } from '../reclaim-progress';

export const fetchReclaimPreview = (notSeenForDays: number, signal?: AbortSignal) =>
  apiRequest<ReclaimPreview>(`/activations/reclaim-preview${toQueryString({ notSeenForDays })}`, {
    signal,
  });

/** What a reclaim of activations not seen for `notSeenForDays` would free (fetched while the dialog is open). */
export function useReclaimPreview(notSeenForDays: number, enabled: boolean) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['activations', organization.id, 'reclaim-preview', notSeenForDays],
    queryFn: ({ signal }) => fetchReclaimPreview(notSeenForDays, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Frees exactly the previewed activations, one batch per request, reporting after each batch. */
export async function reclaimInBatches(
  notSeenForDays: number,
  activationIds: number[],
  onProgress: (progress: ReclaimProgress) => void,
) {
  const progress: ReclaimProgress = { freed: 0, skipped: 0, done: 0, total: activationIds.length };
  for (let start = 0; start < activationIds.length; start += MAX_DEACTIVATE_AT_ONCE) {
    const batch = activationIds.slice(start, start + MAX_DEACTIVATE_AT_ONCE);
    const result = await apiRequest<ReclaimResult>('/activations/reclaim', {
      method: 'POST',
      body: { notSeenForDays, activationIds: batch },
    });
    progress.freed += result.deactivated;
    progress.skipped += result.skipped;
    progress.done += batch.length;
    onProgress({ ...progress });
  }
  return progress;
}

export function useReclaimActivations(onProgress: (progress: ReclaimProgress) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ notSeenForDays, activationIds }: ReclaimRequest) =>
      reclaimInBatches(notSeenForDays, activationIds, onProgress),
    // Also after a failed batch: the batches before it did free their seats.
    onSettled: () => refreshSeatViews(queryClient),
  });
}
