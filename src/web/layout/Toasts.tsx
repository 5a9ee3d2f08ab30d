import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';

// The toasts' container (its transitions, portal and scroll handling) is a chunk of its own,
// loaded when the first toast is shown: a page's first load does not run it. The store is in
// the first script, so every chunk that shows a toast shares the one store watched here.
const ToastContainer = lazy(() =>
  import('./ToastContainer').then((module) => ({ default: module.ToastContainer })),
);

/** The toasts, from the first one shown on. */
export function Toasts() {
  const { notifications, queue } = useNotifications();
  const [wanted, setWanted] = useState(false);
  // Once mounted it stays, so a toast's closing transition plays.
  if (!wanted && notifications.length + queue.length > 0) setWanted(true);
  return wanted ? (
    <Suspense fallback={null}>
      <ToastContainer />
    </Suspense>
  ) : null;
}
