import { Button } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import type { ActivationItem } from '../../../common/activations-api';
import { useDeactivateActivations } from '../../api/deactivate-activations';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyFailed, notifySaved } from '../../components/notify';
import { activationLabel } from './activation-columns';
import { useTranslation } from 'react-i18next';

/** Deactivates the selected activations after confirmation; the server does it all or not at all. */
export function DeactivateButton({
  selected,
  onDone,
}: {
  selected: ActivationItem[];
  onDone: () => void;
}) {
  const [opened, setOpened] = useState(false);
  const { t } = useTranslation();
  const deactivate = useDeactivateActivations();
  const count = selected.length;
  const what =
    count === 1 ? activationLabel(selected[0]) : t('activations.deactivate.many', { count });
  const confirm = () =>
    deactivate.mutate(
      selected.map((a) => a.id),
      {
        onSuccess: () => {
          notifySaved(t('activations.deactivate.done', { what }));
          setOpened(false);
          onDone();
        },
        onError: (error) => notifyFailed(t('activations.deactivate.failed', { what }), error),
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
        {count > 1
          ? t('activations.deactivate.buttonCount', { count })
          : t('activations.deactivate.button')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('activations.deactivate.confirmTitle', { what })}
        confirmLabel={t('activations.deactivate.button')}
        danger
        loading={deactivate.isPending}
        onConfirm={confirm}
        onClose={() => setOpened(false)}
      >
        {t('activations.deactivate.confirmText')}
      </ConfirmDialog>
    </>
  );
}
