import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import type { SessionPayload } from '../../common/api-types';
import { sessionQuery } from '../api/session';
import { i18n } from './i18n';
import { navigatorLanguages, resolveLanguage } from './language';

/** While the session is being fetched its language is not known yet: the page keeps its own. */
const UNKNOWN = 'unknown';

/**
 * Keeps i18next and `<html lang>` on the member's language (`user.preferences.language`, read
 * from the cached session like the theme in AppThemeProvider), or the browser's when nobody is
 * signed in or the member follows the browser. A change in Account Settings shows at once.
 */
export function LanguageFollower() {
  const queryClient = useQueryClient();
  const preference = useSyncExternalStore(
    (notify) => queryClient.getQueryCache().subscribe(notify),
    () => {
      const session = queryClient.getQueryData<SessionPayload>(sessionQuery.queryKey);
      if (session) return session.user.preferences.language;
      const loading = queryClient.getQueryState(sessionQuery.queryKey)?.status === 'pending';
      return loading ? UNKNOWN : undefined;
    },
  );
  useEffect(() => {
    if (preference !== UNKNOWN) follow(resolveLanguage(preference, navigatorLanguages()));
  }, [preference]);
  return null;
}

let wanted: string | undefined;

/** Changes language; a slower, earlier change (a language still downloading) does not win. */
function follow(language: string): void {
  wanted = language;
  if (i18n.language === language) return;
  void i18n.changeLanguage(language).then(() => {
    if (wanted && i18n.language !== wanted) void i18n.changeLanguage(wanted);
  });
}

const REMEMBERED = 'portal-language';

/** The language last shown in this browser: the next visit starts in it instead of flashing another. */
export const rememberedLanguage = (): string | null => localStorage.getItem(REMEMBERED);

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  localStorage.setItem(REMEMBERED, language);
});
