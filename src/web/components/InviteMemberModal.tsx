import { Stack, Text, TextInput } from '@mantine/core';
import { AppModal } from './AppModal';
import { useState, type FormEvent } from 'react';
import type { Role } from '../../common/roles';
import { ApiError } from '../api/client';
import { useCreateInvitation } from '../api/create-invitation';
import { notifyFailed } from './notify';
import { notifyInvitationSent } from './notify-invitation';
import { RoleRadioGroup } from './RoleRadioGroup';
import { FormActions } from './FormActions';

/** The Invite Member form, opened from the Members page and from the Dashboard. */
export function InviteMemberModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const invite = useCreateInvitation();
  const [role, setRole] = useState<Role>('viewer');
  const fields = invite.error instanceof ApiError ? invite.error.fields : {};
  const close = () => {
    invite.reset();
    setRole('viewer');
    onClose();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email')).trim();
    const phone = String(form.get('phone')).trim();
    invite.mutate(
      { email, role, ...(phone ? { phone } : {}) },
      {
        onSuccess: ({ emailDelivered }) => {
          notifyInvitationSent(email, emailDelivered);
          close();
        },
        onError: (error) => {
          if (!(error instanceof ApiError && Object.keys(error.fields).length > 0))
            notifyFailed('The invitation could not be sent', error);
        },
      },
    );
  };

  return (
    <AppModal opened={opened} onClose={close} title="Invite Member">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">We email a link that works once and expires in 7 days.</Text>
          <TextInput
            name="email"
            type="email"
            label="Email address"
            autoComplete="off"
            required
            data-autofocus
            error={fields.email}
          />
          <TextInput
            name="phone"
            type="tel"
            label="Phone number"
            description="Optional"
            autoComplete="off"
            error={fields.phone}
          />
          <RoleRadioGroup value={role} onChange={setRole} error={fields.role} />
          <FormActions submitLabel="Send invitation" loading={invite.isPending} onCancel={close} />
        </Stack>
      </form>
    </AppModal>
  );
}
