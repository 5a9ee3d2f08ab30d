import { notifications } from '@mantine/notifications';
import { notifySaved } from './notify';
import { i18n } from '../i18n/i18n';

/** After an invitation was sent or resent: confirmed, or saved with a warning when the mail server refused it. */
export function notifyInvitationSent(email: string, emailDelivered: boolean): void {
  if (emailDelivered) notifySaved(i18n.t('common.invite.sent', { email }));
  else
    notifications.show({
      color: 'yellow',
      title: i18n.t('common.invite.notSentTitle'),
      message: i18n.t('common.invite.notSent', { email }),
    });
}
