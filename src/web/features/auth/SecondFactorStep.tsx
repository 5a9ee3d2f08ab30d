import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useLoginSecondFactor } from './api/login-second-factor';
import { ServerAlert } from './ServerAlert';
import { useTranslation } from 'react-i18next';

interface SecondFactorStepProps {
  pendingToken: string;
  onSignedIn: () => void;
  /** Back to email and password, e.g. once the pending sign-in expired. */
  onRestart: () => void;
}

/** The second step of signing in: a code from the authenticator app, or a recovery code. */
export function SecondFactorStep({ pendingToken, onSignedIn, onRestart }: SecondFactorStepProps) {
  const verify = useLoginSecondFactor();
  const { t } = useTranslation();
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
          {useRecoveryCode ? t('auth.secondFactor.recoveryIntro') : t('auth.secondFactor.appIntro')}
        </Text>
        {error && <ServerAlert message={error.message} />}
        <TextInput
          key={String(useRecoveryCode)}
          name="code"
          label={t(
            useRecoveryCode ? 'auth.secondFactor.recoveryCode' : 'auth.secondFactor.appCode',
          )}
          autoComplete="one-time-code"
          inputMode={useRecoveryCode ? 'text' : 'numeric'}
          required
          data-autofocus
          autoFocus
          error={missing ? t('auth.secondFactor.missing') : undefined}
        />
        <Button type="submit" fullWidth loading={verify.isPending}>
          {t('auth.secondFactor.verify')}
        </Button>
        <Anchor
          component="button"
          type="button"
          size="sm"
          ta="center"
          onClick={() => setUseRecoveryCode((value) => !value)}
        >
          {useRecoveryCode ? t('auth.secondFactor.useApp') : t('auth.secondFactor.useRecovery')}
        </Anchor>
        {error?.code === 'sign_in_expired' ? (
          <Button variant="default" onClick={onRestart}>
            {t('auth.secondFactor.again')}
          </Button>
        ) : (
          <Anchor component="button" type="button" size="sm" ta="center" onClick={onRestart}>
            {t('auth.secondFactor.otherAccount')}
          </Anchor>
        )}
      </Stack>
    </form>
  );
}
