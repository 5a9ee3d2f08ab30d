import { Button, NumberInput } from '@mantine/core';
import { IconRecycle } from '@tabler/icons-react';
import { useState } from 'react';
import { useReclaimActivations } from '../../api/reclaim-activations';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyFailed, notifySaved } from '../../components/notify';

/** Seat reclaim: deactivates the activations not seen for N days, after confirmation. */
export function ReclaimButton() {
  const [opened, setOpened] = useState(false);
  const [days, setDays] = useState<number>(90);
  const reclaim = useReclaimActivations();
  const confirm = () =>
    reclaim.mutate(days, {
      onSuccess: (result) => {
        const more = result.more ? ' More remain: run the reclaim again.' : '';
        notifySaved(`${result.deactivated} activation${result.deactivated === 1 ? '' : 's'} deactivated.${more}`);
        setOpened(false);
      },
      onError: (error) => notifyFailed('The seats could not be reclaimed', error),
    });
  return (
    <>
      <Button variant="default" leftSection={<IconRecycle size={16} aria-hidden />} onClick={() => setOpened(true)}>
        Reclaim seats
      </Button>
      <ConfirmDialog opened={opened} title="Reclaim unused seats?" confirmLabel="Deactivate" danger loading={reclaim.isPending} onConfirm={confirm} onClose={() => setOpened(false)}>
        <NumberInput
          label="Not seen for (days)"
          description="Last heartbeat, or activation date when there is none"
          min={1}
          max={3650}
          value={days}
          onChange={(value) => setDays(typeof value === 'number' && value >= 1 ? value : 1)}
          mb="sm"
        />
        Every live activation not seen for that long is deactivated (up to 100 at a time) and its seats are freed.
      </ConfirmDialog>
    </>
  );
}
