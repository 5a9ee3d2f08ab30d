import { Anchor, Button, Text, TextInput } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useForgotPassword } from './api/forgot-password';
import { AuthFrame } from '../../components/AuthFrame';
import { ServerAlert } from './ServerAlert';

export function ForgotPasswordPage() {
  const request = useForgotPassword();
  const [invalid, setInvalid] = useState<string | undefined>();
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email')).trim();
    setInvalid(
      /^[^\s@]+@[^\s@]+$/.test(email)
        ? undefined
        : 'Enter a valid email address, like name@company.com.',
    );
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) return;
    request.mutate(email, { onSuccess: () => setSentTo(email) });
  };

  return (
    <AuthFrame
      title="Reset your password"
      description="We email you a link to choose a new password."
    >
      {sentTo ? (
        <Text role="status">
          If an account uses <strong>{sentTo}</strong>, a reset link is on its way. It works once,
          for one hour. Check your spam folder if it does not arrive.
        </Text>
      ) : (
        <form onSubmit={submit} noValidate>
          {request.error && <ServerAlert message={request.error.message} />}
          <TextInput
            name="email"
            type="email"
            label="Email"
            autoComplete="username"
            required
            error={invalid}
            mt={request.error ? 'md' : 0}
          />
          <Button type="submit" fullWidth mt="md" loading={request.isPending}>
            Send reset link
          </Button>
        </form>
      )}
      <Anchor component={Link} to="/login" size="sm" ta="center">
        Back to sign in
      </Anchor>
    </AuthFrame>
  );
}
