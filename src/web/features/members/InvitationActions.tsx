import { Button, Group } from '@mantine/core';
import { IconMailForward, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { InvitationItem } from '../../../common/members-api';
import { useResendInvitation } from './api/resend-invitation';
import { useRevokeInvitation } from './api/revoke-invitation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyFailed, notifySaved } from '../../components/notify';
import { notifyInvitationSent } from '../../components/notify-invitation';
import { useTranslation } from 'react-i18next';

/** Resend (a new link; the old one stops working) and Revoke. */
export function InvitationActions({ invitation }: { invitation: InvitationItem }) {
  const resend = useResendInvitation();
  const { t } = useTranslation();
  const revoke = useRevokeInvitation();
  const [confirming, setConfirming] = useState(false);
  const { email } = invitation;

  const sendAgain = () =>
    resend.mutate(invitation.id, {
      onSuccess: ({ emailDelivered }) => notifyInvitationSent(email, emailDelivered),
      onError: (error) => notifyFailed(t('members.invitation.resendFailed', { email }), error),
    });
  const confirmRevoke = () =>
    revoke.mutate(invitation.id, {
      onSuccess: () => {
        notifySaved(t('members.invitation.revoked', { email }));
        setConfirming(false);
      },
      onError: (error) => notifyFailed(t('members.invitation.revokeFailed', { email }), error),
    });

  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      <Button
        size="xs"
        variant="default"
        leftSection={<IconMailForward size={14} aria-hidden />}
        loading={resend.isPending}
        onClick={sendAgain}
        aria-label={t('members.invitation.resendLabel', { email })}
      >
        {t('members.invitation.resend')}
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        leftSection={<IconX size={14} aria-hidden />}
        onClick={() => setConfirming(true)}
        aria-label={t('members.invitation.revokeLabel', { email })}
      >
        {t('members.invitation.revoke')}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t('members.invitation.revokeTitle')}
        confirmLabel={t('members.invitation.revoke')}
        danger
        loading={revoke.isPending}
        onConfirm={confirmRevoke}
        onClose={() => setConfirming(false)}
      >
        {t('members.invitation.revokeText', { email })}
      </ConfirmDialog>
    </Group>
  );
}
