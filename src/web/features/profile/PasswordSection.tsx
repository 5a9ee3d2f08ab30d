import { Button, PasswordInput, SimpleGrid, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { PASSWORD_MIN_LENGTH } from '../../../common/password-rules';
import { useChangePassword } from './api/change-password';
import { ApiError } from '../../api/client';
import { notifySaved } from '../../components/notify';
import { SectionCard } from '../../components/SectionCard';
import { FormError } from './FormError';
import { useTranslation } from 'react-i18next';

export function PasswordSection() {
  const change = useChangePassword();
  const { t } = useTranslation();
  const [mismatch, setMismatch] = useState<string | undefined>();
  const [formKey, setFormKey] = useState(0);
  const fields = change.error instanceof ApiError ? change.error.fields : {};

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get('newPassword'));
    change.reset();
    setMismatch(
      newPassword === form.get('confirmPassword') ? undefined : t('profile.password.differ'),
    );
    if (newPassword !== form.get('confirmPassword')) return;
    change.mutate(
      { currentPassword: String(form.get('currentPassword')), newPassword },
      {
        onSuccess: () => {
          notifySaved(t('profile.password.changed'));
          setFormKey((key) => key + 1);
        },
      },
    );
  };

  return (
    <SectionCard
      title={t('profile.password.title')}
      description={t('profile.password.description')}
    >
      <form key={formKey} onSubmit={submit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <PasswordInput
            name="currentPassword"
            label={t('profile.currentPassword')}
            autoComplete="current-password"
            required
            error={fields.currentPassword}
          />
          <PasswordInput
            name="newPassword"
            label={t('auth.reset.newPassword')}
            autoComplete="new-password"
            required
            error={fields.newPassword}
          />
          <PasswordInput
            name="confirmPassword"
            label={t('auth.reset.repeat')}
            autoComplete="new-password"
            required
            error={mismatch}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={6}>
          {t('auth.passwordHint', { count: PASSWORD_MIN_LENGTH })}
        </Text>
        <FormError error={change.error} />
        <Button type="submit" mt="md" loading={change.isPending}>
          {t('profile.password.submit')}
        </Button>
      </form>
    </SectionCard>
  );
}
