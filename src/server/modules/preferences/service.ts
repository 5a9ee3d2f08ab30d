import { parsePreferences } from '../../../common/preferences.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { lockUser, updateUser } from '../account/queries.js';

/** Enough for every table of the portal; a bound so the preferences document cannot grow without limit. */
const MAX_TABLES = 50;

/**
 * Stores which columns a member shows in one table. A view setting of the member alone, so
 * it is not an organization's audit event (docs/decisions/024-column-preferences-not-audited.md).
 */
export async function saveVisibleColumns(
  ctx: AppContext,
  userId: number,
  table: string,
  columns: string[],
): Promise<Record<string, string[]>> {
  return inTransaction(ctx.db, async (trx) => {
    const preferences = parsePreferences((await lockUser(trx, userId)).preferences);
    const others = Object.entries(preferences.columns)
      .filter(([id]) => id !== table)
      .slice(-(MAX_TABLES - 1));
    const updated = { ...Object.fromEntries(others), [table]: [...new Set(columns)] };
    await updateUser(
      trx,
      userId,
      { preferences: JSON.stringify({ ...preferences, columns: updated }) },
      ctx.now().toISOString(),
    );
    return updated;
  });
}
