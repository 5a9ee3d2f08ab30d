import { Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { PASSWORD_MIN_LENGTH } from '../../../common/password-rules';
import { ApiError } from '../../api/client';
import { useResetPassword } from './api/reset-password';
import { AuthFrame } from '../../components/AuthFrame';
import { ServerAlert } from './ServerAlert';
import { useTranslation } from 'react-i18next';

const route = getRouteApi('/reset-password');

export function ResetPasswordPage() {
  const { token } = route.useSearch();
  const reset = useResetPassword();
  const { t } = useTranslation();
  const [mismatch, setMismatch] = useState<string | undefined>();
  const error = reset.error instanceof ApiError ? reset.error : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password'));
    setMismatch(
      password === form.get('confirmPassword') ? undefined : t('auth.validation.passwordsDiffer'),
    );
    if (password !== form.get('confirmPassword') || !token) return;
    reset.mutate({ token, password });
  };

  if (reset.isSuccess) {
    return (
      <AuthFrame title={t('auth.reset.doneTitle')}>
        <Text role="status">{t('auth.reset.done')}</Text>
        <Button component={Link} to="/login">
          {t('auth.signIn.submit')}
        </Button>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={t('auth.reset.title')} description={t('auth.reset.description')}>
      {!token || (error && !error.fields.password) ? (
        <Stack gap="sm">
          <ServerAlert message={error?.message ?? t('auth.incompleteLink')} />
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('auth.reset.newLink')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <PasswordInput
              name="password"
              label={t('auth.reset.newPassword')}
              autoComplete="new-password"
              description={t('auth.passwordHint', { count: PASSWORD_MIN_LENGTH })}
              required
              error={error?.fields.password}
            />
            <PasswordInput
              name="confirmPassword"
              label={t('auth.reset.repeat')}
              autoComplete="new-password"
              required
              error={mismatch}
            />
            <Button type="submit" fullWidth loading={reset.isPending}>
              {t('auth.reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthFrame>
  );
}
