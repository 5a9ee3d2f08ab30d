import { Alert, Button, Text } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import type { LicenseDiagnosis } from '../../../common/licenses-api';
import { useDeactivateActivations } from '../../api/deactivate-activations';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { notifyFailed, notifySaved } from '../../components/notify';

type Fix = NonNullable<LicenseDiagnosis['fix']>;

/** The one-click remedy when every seat is taken: deactivate the activation seen longest ago, after confirmation. */
export function FreeSeatFix({ fix, onFixed }: { fix: Fix; onFixed: () => void }) {
  const [opened, setOpened] = useState(false);
  const deactivate = useDeactivateActivations();
  const confirm = () =>
    deactivate.mutate([fix.activationId], {
      onSuccess: () => {
        notifySaved(`${fix.place} deactivated; its seats are free.`);
        setOpened(false);
        onFixed();
      },
      onError: (error) => notifyFailed(`${fix.place} could not be deactivated`, error),
    });
  return (
    <Alert
      color="orange"
      variant="light"
      title="Free a seat"
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Text size="sm" mb="sm">
        Every seat is taken. The activation seen longest ago is {fix.place}, last seen{' '}
        <DateTime value={fix.lastSeenAt} format="dateTime" exact />.
      </Text>
      <Button
        size="xs"
        color="red"
        variant="light"
        leftSection={<IconPlugConnectedX size={14} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        Deactivate {fix.place}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={`Deactivate ${fix.place}?`}
        confirmLabel="Deactivate"
        danger
        loading={deactivate.isPending}
        onConfirm={confirm}
        onClose={() => setOpened(false)}
      >
        {fix.quantity === 1 ? 'Its seat is' : `Its ${fix.quantity} seats are`} freed at once, and
        the software on {fix.place} reports “not activated” on its next check. The activation stays
        in the Activations log as history.
      </ConfirmDialog>
    </Alert>
  );
}
