import { Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { PASSWORD_HINT } from '../../../common/password-rules';
import { ApiError } from '../../api/client';
import { useResetPassword } from './api/reset-password';
import { AuthFrame } from '../../components/AuthFrame';
import { ServerAlert } from './ServerAlert';

const route = getRouteApi('/reset-password');

export function ResetPasswordPage() {
  const { token } = route.useSearch();
  const reset = useResetPassword();
  const [mismatch, setMismatch] = useState<string | undefined>();
  const error = reset.error instanceof ApiError ? reset.error : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password'));
    setMismatch(password === form.get('confirmPassword') ? undefined : 'The two passwords differ.');
    if (password !== form.get('confirmPassword') || !token) return;
    reset.mutate({ token, password });
  };

  if (reset.isSuccess) {
    return (
      <AuthFrame title="Password changed">
        <Text role="status">
          Your new password is set and every session of your account was signed out.
        </Text>
        <Button component={Link} to="/login">
          Sign in
        </Button>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame
      title="Choose a new password"
      description="Signing in with the new password works at once; every other session is signed out."
    >
      {!token || (error && !error.fields.password) ? (
        <Stack gap="sm">
          <ServerAlert
            message={
              error?.message ?? 'This link is incomplete. Open the link from the email again.'
            }
          />
          <Anchor component={Link} to="/forgot-password" size="sm">
            Ask for a new link
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <PasswordInput
              name="password"
              label="New password"
              autoComplete="new-password"
              description={PASSWORD_HINT}
              required
              error={error?.fields.password}
            />
            <PasswordInput
              name="confirmPassword"
              label="Repeat new password"
              autoComplete="new-password"
              required
              error={mismatch}
            />
            <Button type="submit" fullWidth loading={reset.isPending}>
              Set new password
            </Button>
          </Stack>
        </form>
      )}
    </AuthFrame>
  );
}
