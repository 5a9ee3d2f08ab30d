import { MantineProvider } from '@mantine/core';
import { useColorScheme } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { SessionPayload } from '../../common/api-types';
import { sessionQuery } from '../api/session';
import { useColorSchemeChoice } from '../components/color-scheme';
import { cssVariablesResolver, localizedTheme } from './theme';
import { Toasts } from './Toasts';
import { useTranslation } from 'react-i18next';

/**
 * The theme preference of the cached session. Read from the cache itself rather than
 * through a query observer: signing in replaces the session query, and an observer would
 * keep watching the removed one.
 */
function useCachedThemePreference() {
  const queryClient = useQueryClient();
  return useSyncExternalStore(
    (notify) => queryClient.getQueryCache().subscribe(notify),
    () => queryClient.getQueryData<SessionPayload>(sessionQuery.queryKey)?.user.preferences.theme,
  );
}

/**
 * Light or dark: the member's toggle in this browser wins, then their account preference
 * (`user.preferences.theme`, read from the cached session without fetching it), then the
 * operating system.
 */
export function AppThemeProvider({ children }: { children: ReactNode }) {
  const [choice] = useColorSchemeChoice();
  const { t } = useTranslation();
  const dismiss = t('common.dismissNotification');
  const theme = useMemo(() => localizedTheme(dismiss), [dismiss]);
  const preference = useCachedThemePreference();
  const system = useColorScheme('light', { getInitialValueInEffect: false });
  const scheme = choice ?? (preference === 'light' || preference === 'dark' ? preference : system);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      forceColorScheme={scheme}
    >
      <Toasts />
      {children}
    </MantineProvider>
  );
}
