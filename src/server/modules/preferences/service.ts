import { parsePreferences } from '../../../common/preferences.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { languageFromHeader } from '../../i18n/language.js';
import { lockUser, updateUser } from '../account/queries.js';
import { findRecipientRow } from '../notifications/queries.js';

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

/**
 * Keeps the language the browser asks for (Accept-Language at sign-in), which mails use while
 * the member's language is "browser". Not audited: the member chose nothing (decision 122).
 * No header (an API client) leaves it; a header naming none of ours means English.
 */
export async function rememberBrowserLanguage(
  ctx: AppContext,
  userId: number,
  acceptLanguage: string | undefined,
): Promise<void> {
  if (!acceptLanguage) return;
  const language = languageFromHeader(acceptLanguage) ?? 'en';
  const stored = parsePreferences((await findRecipientRow(ctx.db, userId)).preferences);
  if (stored.browserLanguage === language) return;
  await inTransaction(ctx.db, async (trx) => {
    const preferences = parsePreferences((await lockUser(trx, userId)).preferences);
    await updateUser(
      trx,
      userId,
      { preferences: JSON.stringify({ ...preferences, browserLanguage: language }) },
      ctx.now().toISOString(),
    );
  });
}
