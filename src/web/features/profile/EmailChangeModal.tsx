import { PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useRequestEmailChange } from './api/request-email-change';
import { AppModal } from '../../components/AppModal';
import { notifySaved } from '../../components/notify';
import { FormError } from './FormError';
import { FormActions } from '../../components/FormActions';

export function EmailChangeModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const request = useRequestEmailChange();
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
          notifySaved(
            `We sent a confirmation link to ${newEmail}. Your email changes when you open it.`,
          );
          close();
        },
      },
    );
  };

  return (
    <AppModal opened={opened} onClose={close} title="Change your email address">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            We will send a link to the new address. You keep signing in with the current one until
            you open it.
          </Text>
          <TextInput
            name="newEmail"
            type="email"
            label="New email"
            autoComplete="email"
            required
            data-autofocus
            error={fields.newEmail}
          />
          <PasswordInput
            name="password"
            label="Current password"
            autoComplete="current-password"
            required
            error={fields.password}
          />
          <FormError error={request.error} />
          <FormActions
            submitLabel="Send confirmation link"
            loading={request.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
