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

export function TwoFactorSection({
  twoFactor,
}: {
  twoFactor: AccountPayload['twoFactor'] | undefined;
}) {
  const [setupOpened, setup] = useDisclosure(false);
  const [disableOpened, disablePrompt] = useDisclosure(false);
  const [renewOpened, renewPrompt] = useDisclosure(false);
  const [newCodes, setNewCodes] = useState<string[] | null>(null);
  const disable = useDisableTwoFactor();
  const renew = useRegenerateRecoveryCodes();

  return (
    <SectionCard
      title="Two-factor authentication"
      description="A code from an authenticator app on your phone, asked for at every sign-in, keeps your account safe even if your password leaks."
    >
      {!twoFactor ? (
        <Skeleton h={36} />
      ) : twoFactor.enabled ? (
        <Stack gap="sm">
          <Group gap="sm">
            <Badge color="teal" variant="light">
              On
            </Badge>
            <Text size="sm">
              {twoFactor.recoveryCodesLeft} of 10 recovery codes left
              {twoFactor.recoveryCodesLeft < 3 ? ': generate new ones soon.' : '.'}
            </Text>
          </Group>
          <Group gap="sm">
            <Button variant="default" onClick={renewPrompt.open}>
              New recovery codes
            </Button>
            <Button variant="default" color="red" onClick={disablePrompt.open}>
              Turn off
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group gap="sm">
          <Badge color="gray" variant="light">
            Off
          </Badge>
          <Button onClick={setup.open}>Turn on two-factor authentication</Button>
        </Group>
      )}
      <TwoFactorSetupModal opened={setupOpened} onClose={setup.close} />
      <PasswordPromptModal
        opened={disableOpened}
        onClose={disablePrompt.close}
        title="Turn off two-factor authentication"
        description="Signing in will ask for your password only. Your recovery codes stop working."
        confirmLabel="Turn off"
        danger
        action={disable}
        onDone={() => {
          disablePrompt.close();
          notifySaved('Two-factor authentication is off.');
        }}
      />
      <PasswordPromptModal
        opened={renewOpened}
        onClose={renewPrompt.close}
        title="Generate new recovery codes"
        description="Your current recovery codes stop working and ten new ones replace them."
        confirmLabel="Generate new codes"
        action={renew}
        onDone={(result) => {
          renewPrompt.close();
          setNewCodes(result.recoveryCodes);
        }}
      />
      <AppModal
        opened={newCodes !== null}
        onClose={() => setNewCodes(null)}
        title="Your new recovery codes"
        size="lg"
      >
        {newCodes && <RecoveryCodes codes={newCodes} />}
        <Group justify="flex-end" mt="md">
          <Button onClick={() => setNewCodes(null)}>I have saved my codes</Button>
        </Group>
      </AppModal>
    </SectionCard>
  );
}
