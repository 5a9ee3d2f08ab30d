import './mantine-styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/query-client';
import { sessionQuery } from './api/session';
import { AppThemeProvider } from './layout/AppThemeProvider';
import { createAppRouter } from './router';

const queryClient = createQueryClient(() => {
  // The session ended while in use: reloading the route sends the member to sign in and back.
  queryClient.removeQueries({ queryKey: sessionQuery.queryKey });
  void router.invalidate();
});
const router = createAppRouter(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AppThemeProvider>
        <RouterProvider router={router} />
      </AppThemeProvider>
    </QueryClientProvider>
  </StrictMode>,
);
