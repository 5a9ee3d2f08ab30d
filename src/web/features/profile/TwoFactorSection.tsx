import { Badge, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import type { AccountPayload } from '../../../common/account-api';
import { useRegenerateRecoveryCodes } from './api/regenerate-recovery-codes';
import { useDisableTwoFactor } from './api/two-factor-disable';
import { AppModal } from '../../components/AppModal';
import { notifySaved } from '../../components/notify';
import { SectionCard } from '../../components/SectionCard';
import { PasswordPromptModal } from './PasswordPromptModal';
import { RecoveryCodes } from './RecoveryCodes';
import { TwoFactorSetupModal } from './TwoFactorSetupModal';
import { useTranslation } from 'react-i18next';

export function TwoFactorSection({
  twoFactor,
}: {
  twoFactor: AccountPayload['twoFactor'] | undefined;
}) {
  const { t } = useTranslation();
  const [setupOpened, setup] = useDisclosure(false);
  const [disableOpened, disablePrompt] = useDisclosure(false);
  const [renewOpened, renewPrompt] = useDisclosure(false);
  const [newCodes, setNewCodes] = useState<string[] | null>(null);
  const disable = useDisableTwoFactor();
  const renew = useRegenerateRecoveryCodes();

  return (
    <SectionCard
      title={t('auth.secondFactor.title')}
      description={t('profile.twoFactor.description')}
    >
      {!twoFactor ? (
        <Skeleton h={36} />
      ) : twoFactor.enabled ? (
        <Stack gap="sm">
          <Group gap="sm">
            <Badge color="teal" variant="light">
              {t('profile.twoFactor.on')}
            </Badge>
            <Text size="sm">
              {t(
                twoFactor.recoveryCodesLeft < 3
                  ? 'profile.twoFactor.codesLeftFew'
                  : 'profile.twoFactor.codesLeft',
                { left: twoFactor.recoveryCodesLeft, count: 10 },
              )}
            </Text>
          </Group>
          <Group gap="sm">
            <Button variant="default" onClick={renewPrompt.open}>
              {t('profile.twoFactor.newCodes')}
            </Button>
            <Button variant="default" color="red" onClick={disablePrompt.open}>
              {t('profile.twoFactor.turnOff')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group gap="sm">
          <Badge color="gray" variant="light">
            {t('profile.twoFactor.off')}
          </Badge>
          <Button onClick={setup.open}>{t('profile.twoFactor.turnOnFull')}</Button>
        </Group>
      )}
      <TwoFactorSetupModal opened={setupOpened} onClose={setup.close} />
      <PasswordPromptModal
        opened={disableOpened}
        onClose={disablePrompt.close}
        title={t('profile.twoFactor.turnOffTitle')}
        description={t('profile.twoFactor.turnOffText')}
        confirmLabel={t('profile.twoFactor.turnOff')}
        danger
        action={disable}
        onDone={() => {
          disablePrompt.close();
          notifySaved(t('profile.twoFactor.isOff'));
        }}
      />
      <PasswordPromptModal
        opened={renewOpened}
        onClose={renewPrompt.close}
        title={t('profile.twoFactor.renewTitle')}
        description={t('profile.twoFactor.renewText')}
        confirmLabel={t('profile.twoFactor.renewConfirm')}
        action={renew}
        onDone={(result) => {
          renewPrompt.close();
          setNewCodes(result.recoveryCodes);
        }}
      />
      <AppModal
        opened={newCodes !== null}
        onClose={() => setNewCodes(null)}
        title={t('profile.twoFactor.newCodesTitle')}
        size="lg"
      >
        {newCodes && <RecoveryCodes codes={newCodes} />}
        <Group justify="flex-end" mt="md">
          <Button onClick={() => setNewCodes(null)}>{t('profile.twoFactor.saved')}</Button>
        </Group>
      </AppModal>
    </SectionCard>
  );
}
