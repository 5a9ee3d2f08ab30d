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
import { useTranslation } from 'react-i18next';

/** Enrolment in three steps: password, QR code and a confirming code, then the recovery codes. */
export function TwoFactorSetupModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const start = useStartTwoFactorSetup();
  const { t } = useTranslation();
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
      title={t('profile.twoFactor.turnOnFull')}
      size="lg"
      closeOnClickOutside={!setup}
    >
      {recoveryCodes ? (
        <Stack gap="md">
          <Text size="sm" fw={600}>
            {t('profile.twoFactor.nowOn')}
          </Text>
          <RecoveryCodes codes={recoveryCodes} />
          <Group justify="flex-end">
            <Button onClick={close}>{t('profile.twoFactor.saved')}</Button>
          </Group>
        </Stack>
      ) : setup ? (
        <form onSubmit={submitCode} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('profile.twoFactor.scan')}</Text>
            <QrCode svg={setup.qrSvg} alt={t('profile.twoFactor.qr')} />
            <Text size="sm">
              {t('profile.twoFactor.cannotScan')}{' '}
              <Code data-testid="totp-secret">{setup.secret}</Code>
            </Text>
            <TextInput
              label={t('profile.twoFactor.code')}
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
              submitLabel={t('profile.twoFactor.turnOn')}
              loading={enable.isPending}
              disabled={code.length !== 6}
              onCancel={close}
            />
          </Stack>
        </form>
      ) : (
        <ConfirmPasswordForm
          description={t('profile.twoFactor.confirmFirst')}
          confirmLabel={t('profile.twoFactor.continue')}
          pending={start.isPending}
          error={start.error}
          onConfirm={(password) => start.mutate(password)}
          onCancel={close}
        />
      )}
    </AppModal>
  );
}
