import { Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { TwoFactorSetupPayload } from '../../../common/account-api';
import { ApiError } from '../../api/client';
import { AppModal } from '../../components/AppModal';
import { QrCode } from '../../components/QrCode';
import { useEnableTwoFactor } from './api/two-factor-enable';
import { useStartTwoFactorSetup } from './api/two-factor-setup';
import { ConfirmPasswordForm } from './ConfirmPasswordForm';
import { FormError } from './FormError';
import { RecoveryCodes } from './RecoveryCodes';
import { FormActions } from '../../components/FormActions';

/** Enrolment in three steps: password, QR code and a confirming code, then the recovery codes. */
export function TwoFactorSetupModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const start = useStartTwoFactorSetup();
  const enable = useEnableTwoFactor();
  const [code, setCode] = useState('');
  const setup: TwoFactorSetupPayload | undefined = start.data;
  const recoveryCodes = enable.data?.recoveryCodes;
  const enableFields = enable.error instanceof ApiError ? enable.error.fields : {};

  const close = () => {
    start.reset();
    enable.reset();
    setCode('');
    onClose();
  };
  const submitCode = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    enable.mutate(code);
  };

  return (
    <AppModal
      opened={opened}
      onClose={close}
      title="Turn on two-factor authentication"
      size="lg"
      closeOnClickOutside={!setup}
    >
      {recoveryCodes ? (
        <Stack gap="md">
          <Text size="sm" fw={600}>
            Two-factor authentication is on. From now on, signing in asks for a code from your app.
          </Text>
          <RecoveryCodes codes={recoveryCodes} />
          <Group justify="flex-end">
            <Button onClick={close}>I have saved my codes</Button>
          </Group>
        </Stack>
      ) : setup ? (
        <form onSubmit={submitCode} noValidate>
          <Stack gap="md">
            <Text size="sm">
              Scan this QR code with an authenticator app (such as 1Password, Google Authenticator
              or Microsoft Authenticator).
            </Text>
            <QrCode
              svg={setup.qrSvg}
              alt="QR code to add the Customer Portal to your authenticator app"
            />
            <Text size="sm">
              Cannot scan it? Enter this key in the app instead:{' '}
              <Code data-testid="totp-secret">{setup.secret}</Code>
            </Text>
            <TextInput
              label="Enter the 6-digit code the app shows"
              value={code}
              onChange={(event) =>
                setCode(event.currentTarget.value.replace(/\D/g, '').slice(0, 6))
              }
              inputMode="numeric"
              autoComplete="one-time-code"
              maw={200}
              required
              error={enableFields.code && enable.error?.message}
            />
            <FormError error={enable.error} />
            <FormActions
              submitLabel="Turn on"
              loading={enable.isPending}
              disabled={code.length !== 6}
              onCancel={close}
            />
          </Stack>
        </form>
      ) : (
        <ConfirmPasswordForm
          description="Sign-in will ask for a code from an app on your phone as well as your password. First, confirm it is you."
          confirmLabel="Continue"
          pending={start.isPending}
          error={start.error}
          onConfirm={(password) => start.mutate(password)}
          onCancel={close}
        />
      )}
    </AppModal>
  );
}
