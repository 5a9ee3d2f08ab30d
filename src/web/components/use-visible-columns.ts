import { useSaveVisibleColumns } from '../api/save-visible-columns';
import { useSession } from '../api/session';
import { notifyFailed } from './notify';
import { i18n } from '../i18n/i18n';

/**
 * The columns a member shows in one table (`preferences.columns[table]`), in the table's
 * order, and a setter that stores the choice on the server. Exports ignore it.
 */
export function useVisibleColumns(
  table: string,
  all: readonly string[],
  defaults: readonly string[] = all,
) {
  const stored = useSession().user.preferences.columns[table];
  const save = useSaveVisibleColumns();
  const chosen = stored ? all.filter((id) => stored.includes(id)) : [...defaults];
  const setVisible = (columns: string[]) =>
    save.mutate(
      { table, columns },
      { onError: (error) => notifyFailed(i18n.t('common.columns.saveFailed'), error) },
    );
  return [chosen.length > 0 ? chosen : [...defaults], setVisible] as const;
}
