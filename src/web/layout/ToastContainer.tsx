import { Notifications } from '@mantine/notifications';

/** Mantine's toasts, bottom right: at the top they covered the notification bell and account menu. */
export function ToastContainer() {
  return <Notifications position="bottom-right" />;
}
