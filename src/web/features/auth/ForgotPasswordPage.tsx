import { Anchor, Button, Text, TextInput } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useForgotPassword } from './api/forgot-password';
import { AuthFrame } from '../../components/AuthFrame';
import { ServerAlert } from './ServerAlert';
import { useTranslation } from 'react-i18next';

export function ForgotPasswordPage() {
  const request = useForgotPassword();
  const { t } = useTranslation();
  const [invalid, setInvalid] = useState<string | undefined>();
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email')).trim();
    setInvalid(/^[^\s@]+@[^\s@]+$/.test(email) ? undefined : t('auth.validation.emailInvalid'));
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) return;
    request.mutate(email, { onSuccess: () => setSentTo(email) });
  };

  return (
    <AuthFrame title={t('auth.forgot.title')} description={t('auth.forgot.description')}>
      {sentTo ? (
        <Text role="status">
          {t('auth.forgot.sentBefore')}
          <strong>{sentTo}</strong>
          {t('auth.forgot.sentAfter')}
        </Text>
      ) : (
        <form onSubmit={submit} noValidate>
          {request.error && <ServerAlert message={request.error.message} />}
          <TextInput
            name="email"
            type="email"
            label={t('auth.email')}
            autoComplete="username"
            required
            error={invalid}
            mt={request.error ? 'md' : 0}
          />
          <Button type="submit" fullWidth mt="md" loading={request.isPending}>
            {t('auth.forgot.submit')}
          </Button>
        </form>
      )}
      <Anchor component={Link} to="/login" size="sm" ta="center">
        {t('auth.backToSignIn')}
      </Anchor>
    </AuthFrame>
  );
}
