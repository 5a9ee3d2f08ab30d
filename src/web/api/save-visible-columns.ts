import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionPayload } from '../../common/api-types';
import type { VisibleColumns, VisibleColumnsChange } from '../../common/preferences';
import { apiRequest } from './client';
import { sessionQuery } from './session';

export const saveVisibleColumns = ({ table, columns }: VisibleColumnsChange) =>
  apiRequest<VisibleColumns>('/preferences/columns', {
    method: 'PATCH',
    body: { table, columns },
  });

/** Shows the choice at once (in the cached session) and stores it for the member's next visit. */
export function useSaveVisibleColumns() {
  const queryClient = useQueryClient();
  const setColumns = (columns: Record<string, string[]>) =>
    queryClient.setQueryData<SessionPayload>(
      sessionQuery.queryKey,
      (session) =>
        session && {
          ...session,
          user: { ...session.user, preferences: { ...session.user.preferences, columns } },
        },
    );
  return useMutation({
    mutationFn: saveVisibleColumns,
    onMutate: ({ table, columns }) => {
      const current =
        queryClient.getQueryData<SessionPayload>(sessionQuery.queryKey)?.user.preferences.columns ??
        {};
      setColumns({ ...current, [table]: columns });
    },
    onSuccess: ({ columns }) => setColumns(columns),
  });
}
