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
import { useTranslation } from 'react-i18next';

/** The Invite Member form, opened from the Members page and from the Dashboard. */
export function InviteMemberModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const invite = useCreateInvitation();
  const { t } = useTranslation();
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
            notifyFailed(t('common.invite.failed'), error);
        },
      },
    );
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('common.invite.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('common.invite.intro')}</Text>
          <TextInput
            name="email"
            type="email"
            label={t('common.invite.email')}
            autoComplete="off"
            required
            data-autofocus
            error={fields.email}
          />
          <TextInput
            name="phone"
            type="tel"
            label={t('common.invite.phone')}
            description={t('common.optional')}
            autoComplete="off"
            error={fields.phone}
          />
          <RoleRadioGroup value={role} onChange={setRole} error={fields.role} />
          <FormActions
            submitLabel={t('common.invite.send')}
            loading={invite.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
