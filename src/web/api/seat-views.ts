import type { QueryClient } from '@tanstack/react-query';

/** After seats are taken or freed: the license inventory, the activations and the dashboard reload. */
export const refreshSeatViews = (queryClient: QueryClient) =>
  Promise.all(
    ['licenses', 'activations', 'dashboard'].map((key) =>
      queryClient.invalidateQueries({ queryKey: [key] }),
    ),
  );
