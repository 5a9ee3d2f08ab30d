import { PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useRequestEmailChange } from './api/request-email-change';
import { AppModal } from '../../components/AppModal';
import { notifySaved } from '../../components/notify';
import { FormError } from './FormError';
import { FormActions } from '../../components/FormActions';
import { useTranslation } from 'react-i18next';

export function EmailChangeModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const request = useRequestEmailChange();
  const { t } = useTranslation();
  const fields = request.error instanceof ApiError ? request.error.fields : {};
  const close = () => {
    request.reset();
    onClose();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newEmail = String(form.get('newEmail')).trim();
    request.mutate(
      { newEmail, password: String(form.get('password')) },
      {
        onSuccess: () => {
          notifySaved(t('profile.email.sent', { email: newEmail }));
          close();
        },
      },
    );
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('profile.email.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('profile.email.intro')}</Text>
          <TextInput
            name="newEmail"
            type="email"
            label={t('profile.email.newEmail')}
            autoComplete="email"
            required
            data-autofocus
            error={fields.newEmail}
          />
          <PasswordInput
            name="password"
            label={t('profile.currentPassword')}
            autoComplete="current-password"
            required
            error={fields.password}
          />
          <FormError error={request.error} />
          <FormActions
            submitLabel={t('profile.email.submit')}
            loading={request.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
