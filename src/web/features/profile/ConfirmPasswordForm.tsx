import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { FormError } from './FormError';
import { useTranslation } from 'react-i18next';

interface ConfirmPasswordFormProps {
  description: string;
  confirmLabel: string;
  danger?: boolean;
  pending: boolean;
  error: Error | null;
  onConfirm: (password: string) => void;
  onCancel: () => void;
}

/** Asks for the current password before a sensitive change, with the server's objection. */
export function ConfirmPasswordForm({
  description,
  confirmLabel,
  danger,
  pending,
  error,
  onConfirm,
  onCancel,
}: ConfirmPasswordFormProps) {
  const { t } = useTranslation();
  const fields = error instanceof ApiError ? error.fields : {};
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onConfirm(String(new FormData(event.currentTarget).get('password')));
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{description}</Text>
        <PasswordInput
          name="password"
          label={t('profile.currentPassword')}
          autoComplete="current-password"
          required
          data-autofocus
          error={fields.password}
        />
        <FormError error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={danger ? 'red' : undefined} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
