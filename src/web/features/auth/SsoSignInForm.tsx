import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useStartSso } from './api/sso-start';
import { ServerAlert } from './ServerAlert';

interface SsoSignInFormProps {
  initialEmail: string;
  redirect: string | undefined;
  /** Why the last single sign-on ended here (?sso_error), already in words. */
  problem: string | null;
  onUsePassword: () => void;
}

/** "Sign in with SSO": the work email names the organization; the browser then goes to its identity provider. */
export function SsoSignInForm({
  initialEmail,
  redirect,
  problem,
  onUsePassword,
}: SsoSignInFormProps) {
  const start = useStartSso();
  const { t } = useTranslation();
  const [email, setEmail] = useState(initialEmail);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const serverError = start.error instanceof ApiError ? start.error : null;
  const [leaving, setLeaving] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(address)) {
      setFieldError(t('sso.signIn.emailInvalid'));
      return;
    }
    setFieldError(undefined);
    start.mutate(
      { email: address, redirect },
      {
        onSuccess: ({ authorizationUrl }) => {
          setLeaving(true);
          window.location.assign(authorizationUrl);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('sso.signIn.formLabel')}>
      <Stack gap="md">
        {!serverError && problem && <ServerAlert message={problem} />}
        <TextInput
          name="email"
          type="email"
          label={t('sso.signIn.workEmail')}
          description={t('sso.signIn.workEmailHint')}
          autoComplete="username"
          required
          data-autofocus
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fieldError ?? serverError?.fields.email ?? serverError?.message}
        />
        <Button type="submit" fullWidth loading={start.isPending || leaving} mt="xs">
          {t('sso.signIn.continue')}
        </Button>
        <Anchor component="button" type="button" size="sm" ta="center" onClick={onUsePassword}>
          {t('sso.signIn.usePassword')}
        </Anchor>
      </Stack>
    </form>
  );
}
