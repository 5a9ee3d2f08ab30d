import { Button } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import type { ActivationItem } from '../../../common/activations-api';
import { useDeactivateActivations } from '../../api/deactivate-activations';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyFailed, notifySaved } from '../../components/notify';
import { activationLabel } from './activation-columns';

/** Deactivates the selected activations after confirmation; the server does it all or not at all. */
export function DeactivateButton({
  selected,
  onDone,
}: {
  selected: ActivationItem[];
  onDone: () => void;
}) {
  const [opened, setOpened] = useState(false);
  const deactivate = useDeactivateActivations();
  const count = selected.length;
  const what = count === 1 ? activationLabel(selected[0]) : `${count} activations`;
  const confirm = () =>
    deactivate.mutate(
      selected.map((a) => a.id),
      {
        onSuccess: () => {
          notifySaved(`${what} deactivated; the seats are free.`);
          setOpened(false);
          onDone();
        },
        onError: (error) => notifyFailed(`${what} could not be deactivated`, error),
      },
    );
  return (
    <>
      <Button
        color="red"
        variant="light"
        leftSection={<IconPlugConnectedX size={16} aria-hidden />}
        disabled={count === 0}
        onClick={() => setOpened(true)}
      >
        {count > 1 ? `Deactivate ${count}` : 'Deactivate'}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={`Deactivate ${what}?`}
        confirmLabel="Deactivate"
        danger
        loading={deactivate.isPending}
        onConfirm={confirm}
        onClose={() => setOpened(false)}
      >
        Their seats are freed at once and the software reports “not activated” on its next check.
        The activations stay in this log as history.
      </ConfirmDialog>
    </>
  );
}
