import { Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
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
  const [email, setEmail] = useState(initialEmail);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const serverError = start.error instanceof ApiError ? start.error : null;
  const [leaving, setLeaving] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(address)) {
      setFieldError('Enter your work email address, like name@company.com.');
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
    <form onSubmit={submit} noValidate aria-label="Sign in with SSO">
      <Stack gap="md">
        {!serverError && problem && <ServerAlert message={problem} />}
        <TextInput
          name="email"
          type="email"
          label="Work email"
          description="Your organization's identity provider signs you in."
          autoComplete="username"
          required
          data-autofocus
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fieldError ?? serverError?.fields.email ?? serverError?.message}
        />
        <Button type="submit" fullWidth loading={start.isPending || leaving} mt="xs">
          Continue with SSO
        </Button>
        <Button variant="subtle" fullWidth onClick={onUsePassword}>
          Sign in with a password instead
        </Button>
      </Stack>
    </form>
  );
}
