import { notifications } from '@mantine/notifications';
import { notifySaved } from './notify';

/** After an invitation was sent or resent: confirmed, or saved with a warning when the mail server refused it. */
export function notifyInvitationSent(email: string, emailDelivered: boolean): void {
  if (emailDelivered) notifySaved(`An invitation link was sent to ${email}.`);
  else
    notifications.show({
      color: 'yellow',
      title: 'Invitation saved, email not sent',
      message: `The mail server did not take the message for ${email}. Try Resend later.`,
    });
}
