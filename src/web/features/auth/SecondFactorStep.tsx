import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useLoginSecondFactor } from './api/login-second-factor';
import { ServerAlert } from './ServerAlert';

interface SecondFactorStepProps {
  pendingToken: string;
  onSignedIn: () => void;
  /** Back to email and password, e.g. once the pending sign-in expired. */
  onRestart: () => void;
}

/** The second step of signing in: a code from the authenticator app, or a recovery code. */
export function SecondFactorStep({ pendingToken, onSignedIn, onRestart }: SecondFactorStepProps) {
  const verify = useLoginSecondFactor();
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [missing, setMissing] = useState(false);
  const error = verify.error instanceof ApiError ? verify.error : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code')).trim();
    setMissing(code === '');
    verify.reset();
    if (code !== '') verify.mutate({ pendingToken, code }, { onSuccess: onSignedIn });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {useRecoveryCode
            ? 'Enter one of the recovery codes you saved when you turned on two-factor authentication.'
            : 'Enter the 6-digit code from your authenticator app.'}
        </Text>
        {error && <ServerAlert message={error.message} />}
        <TextInput
          key={String(useRecoveryCode)}
          name="code"
          label={useRecoveryCode ? 'Recovery code' : 'Authentication code'}
          autoComplete="one-time-code"
          inputMode={useRecoveryCode ? 'text' : 'numeric'}
          required
          data-autofocus
          autoFocus
          error={missing ? 'Enter the code.' : undefined}
        />
        <Button type="submit" fullWidth loading={verify.isPending}>
          Verify
        </Button>
        <Anchor
          component="button"
          type="button"
          size="sm"
          ta="center"
          onClick={() => setUseRecoveryCode((value) => !value)}
        >
          {useRecoveryCode
            ? 'Use a code from the app instead'
            : 'Lost your phone? Use a recovery code'}
        </Anchor>
        {error?.code === 'sign_in_expired' ? (
          <Button variant="default" onClick={onRestart}>
            Sign in again
          </Button>
        ) : (
          <Anchor component="button" type="button" size="sm" ta="center" onClick={onRestart}>
            Use a different account
          </Anchor>
        )}
      </Stack>
    </form>
  );
}
