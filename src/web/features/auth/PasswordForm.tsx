import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import type { Credentials } from '../../../common/account-api';
import { useLogin } from './api/login';
import { ServerAlert } from './ServerAlert';
import { i18n } from '../../i18n/i18n';
import { useTranslation } from 'react-i18next';

type FieldErrors = Partial<Record<keyof Credentials, string>>;

function validate({ email, password }: Credentials): FieldErrors {
  const errors: FieldErrors = {};
  if (!email) errors.email = i18n.t('auth.validation.emailMissing');
  else if (!/^[^\s@]+@[^\s@]+$/.test(email)) errors.email = i18n.t('auth.validation.emailInvalid');
  if (!password) errors.password = i18n.t('auth.validation.passwordMissing');
  return errors;
}

interface PasswordFormProps {
  onSignedIn: () => void;
  onSecondFactorRequired: (pendingToken: string) => void;
  /** "Sign in with SSO", with the email typed so far. */
  onUseSso: (email: string) => void;
}

export function PasswordForm({ onSignedIn, onSecondFactorRequired, onUseSso }: PasswordFormProps) {
  const [email, setEmail] = useState('');
  const login = useLogin();
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const serverError = login.error instanceof ApiError ? login.error : null;
  const errors: FieldErrors = { ...serverError?.fields, ...fieldErrors };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const credentials = {
      email: String(form.get('email')).trim(),
      password: String(form.get('password')),
    };
    const problems = validate(credentials);
    setFieldErrors(problems);
    login.reset();
    if (Object.keys(problems).length > 0) return;
    login.mutate(credentials, {
      onSuccess: (result) =>
        'pendingToken' in result ? onSecondFactorRequired(result.pendingToken) : onSignedIn(),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {serverError && !errors.email && !errors.password && (
          <ServerAlert message={serverError.message} />
        )}
        <TextInput
          name="email"
          type="email"
          label={t('auth.email')}
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errors.email}
        />
        <PasswordInput
          name="password"
          label={t('auth.password')}
          autoComplete="current-password"
          required
          error={errors.password}
        />
        <Button type="submit" fullWidth loading={login.isPending} mt="xs">
          {t('auth.signIn.submit')}
        </Button>
        <Button
          variant={serverError?.code === 'sso_required' ? 'filled' : 'default'}
          fullWidth
          onClick={() => onUseSso(email.trim())}
        >
          {t('sso.signIn.link')}
        </Button>
        <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
          {t('auth.signIn.forgot')}
        </Anchor>
      </Stack>
    </form>
  );
}
