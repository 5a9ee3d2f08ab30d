// First: starts the page's code and the session on their way (decision 146).
import './start-early';
import './mantine-styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/query-client';
import { sessionQuery } from './api/session';
import { setUpI18n } from './i18n/i18n';
import { LanguageFollower, rememberedLanguage } from './i18n/LanguageFollower';
import { navigatorLanguages, resolveLanguage } from './i18n/language';
import { AppThemeProvider } from './layout/AppThemeProvider';
import { createAppRouter } from './router';

const queryClient = createQueryClient(() => {
  // The session ended while in use: reloading the route sends the member to sign in and back.
  queryClient.removeQueries({ queryKey: sessionQuery.queryKey });
  void router.invalidate();
});
const router = createAppRouter(queryClient);

// The language shown last in this browser (else the browser's) is loaded before the first
// render; the member's own choice, or the browser's when signed out, follows once the session
// is known (LanguageFollower).
const firstLanguage = resolveLanguage(rememberedLanguage(), navigatorLanguages());
void setUpI18n(firstLanguage).then(() => {
  document.documentElement.lang = firstLanguage;
  const root = createRoot(document.getElementById('root')!);
  // As a transition, React renders the app's first tree in slices, so a phone's main thread is
  // not held for the whole of it (decision 167).
  startTransition(() =>
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <LanguageFollower />
          <AppThemeProvider>
            <RouterProvider router={router} />
          </AppThemeProvider>
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
});
