import { notifications } from '@mantine/notifications';

/** A short confirmation after a change was saved. */
export const notifySaved = (message: string) =>
  notifications.show({ color: 'teal', message, autoClose: 3000 });

/** A change that could not be saved, with the server's explanation. */
export const notifyFailed = (title: string, error: Error) =>
  notifications.show({ color: 'red', title, message: error.message });
