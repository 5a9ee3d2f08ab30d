import { Alert, Button, Text } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import type { LicenseDiagnosis } from '../../../common/licenses-api';
import { useDeactivateActivations } from '../../api/deactivate-activations';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { notifyFailed, notifySaved } from '../../components/notify';
import { useTranslation } from 'react-i18next';

type Fix = NonNullable<LicenseDiagnosis['fix']>;

/** The one-click remedy when every seat is taken: deactivate the activation seen longest ago, after confirmation. */
export function FreeSeatFix({ fix, onFixed }: { fix: Fix; onFixed: () => void }) {
  const [opened, setOpened] = useState(false);
  const { t } = useTranslation();
  const deactivate = useDeactivateActivations();
  const confirm = () =>
    deactivate.mutate([fix.activationId], {
      onSuccess: () => {
        notifySaved(t('licenses.freeSeat.done', { place: fix.place }));
        setOpened(false);
        onFixed();
      },
      onError: (error) => notifyFailed(t('licenses.freeSeat.failed', { place: fix.place }), error),
    });
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('licenses.freeSeat.title')}
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Text size="sm" mb="sm">
        {t('licenses.freeSeat.explanation', { place: fix.place })}{' '}
        <DateTime value={fix.lastSeenAt} format="dateTime" exact />
        {t('licenses.freeSeat.explanationEnd')}
      </Text>
      <Button
        size="xs"
        color="red"
        variant="light"
        leftSection={<IconPlugConnectedX size={14} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('licenses.freeSeat.button', { place: fix.place })}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('licenses.freeSeat.confirmTitle', { place: fix.place })}
        confirmLabel={t('licenses.freeSeat.confirm')}
        danger
        loading={deactivate.isPending}
        onConfirm={confirm}
        onClose={() => setOpened(false)}
      >
        {t('licenses.freeSeat.confirmText', { count: fix.quantity, place: fix.place })}
      </ConfirmDialog>
    </Alert>
  );
}
