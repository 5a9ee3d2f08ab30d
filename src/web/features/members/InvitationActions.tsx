import { Button, Group } from '@mantine/core';
import { IconMailForward, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { InvitationItem } from '../../../common/members-api';
import { useResendInvitation } from './api/resend-invitation';
import { useRevokeInvitation } from './api/revoke-invitation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyFailed, notifySaved } from '../../components/notify';
import { notifyInvitationSent } from '../../components/notify-invitation';

/** Resend (a new link; the old one stops working) and Revoke. */
export function InvitationActions({ invitation }: { invitation: InvitationItem }) {
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  const [confirming, setConfirming] = useState(false);
  const { email } = invitation;

  const sendAgain = () =>
    resend.mutate(invitation.id, {
      onSuccess: ({ emailDelivered }) => notifyInvitationSent(email, emailDelivered),
      onError: (error) => notifyFailed(`The invitation to ${email} could not be resent`, error),
    });
  const confirmRevoke = () =>
    revoke.mutate(invitation.id, {
      onSuccess: () => {
        notifySaved(`The invitation to ${email} was revoked.`);
        setConfirming(false);
      },
      onError: (error) => notifyFailed(`The invitation to ${email} could not be revoked`, error),
    });

  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      <Button
        size="xs"
        variant="default"
        leftSection={<IconMailForward size={14} aria-hidden />}
        loading={resend.isPending}
        onClick={sendAgain}
        aria-label={`Resend invitation to ${email}`}
      >
        Resend
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        leftSection={<IconX size={14} aria-hidden />}
        onClick={() => setConfirming(true)}
        aria-label={`Revoke invitation to ${email}`}
      >
        Revoke
      </Button>
      <ConfirmDialog
        opened={confirming}
        title="Revoke this invitation?"
        confirmLabel="Revoke"
        danger
        loading={revoke.isPending}
        onConfirm={confirmRevoke}
        onClose={() => setConfirming(false)}
      >
        The link sent to {email} stops working. You can invite them again later.
      </ConfirmDialog>
    </Group>
  );
}
