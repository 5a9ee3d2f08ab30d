import { Button, PasswordInput, SimpleGrid, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { PASSWORD_HINT } from '../../../common/password-rules';
import { useChangePassword } from './api/change-password';
import { ApiError } from '../../api/client';
import { notifySaved } from '../../components/notify';
import { SectionCard } from '../../components/SectionCard';
import { FormError } from './FormError';

export function PasswordSection() {
  const change = useChangePassword();
  const [mismatch, setMismatch] = useState<string | undefined>();
  const [formKey, setFormKey] = useState(0);
  const fields = change.error instanceof ApiError ? change.error.fields : {};

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get('newPassword'));
    change.reset();
    setMismatch(
      newPassword === form.get('confirmPassword') ? undefined : 'The two new passwords differ.',
    );
    if (newPassword !== form.get('confirmPassword')) return;
    change.mutate(
      { currentPassword: String(form.get('currentPassword')), newPassword },
      {
        onSuccess: () => {
          notifySaved('Password changed. Your other sessions were signed out.');
          setFormKey((key) => key + 1);
        },
      },
    );
  };

  return (
    <SectionCard
      title="Password"
      description="Changing your password signs you out everywhere else, and we email you about it."
    >
      <form key={formKey} onSubmit={submit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <PasswordInput
            name="currentPassword"
            label="Current password"
            autoComplete="current-password"
            required
            error={fields.currentPassword}
          />
          <PasswordInput
            name="newPassword"
            label="New password"
            autoComplete="new-password"
            required
            error={fields.newPassword}
          />
          <PasswordInput
            name="confirmPassword"
            label="Repeat new password"
            autoComplete="new-password"
            required
            error={mismatch}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={6}>
          {PASSWORD_HINT}
        </Text>
        <FormError error={change.error} />
        <Button type="submit" mt="md" loading={change.isPending}>
          Change password
        </Button>
      </form>
    </SectionCard>
  );
}
