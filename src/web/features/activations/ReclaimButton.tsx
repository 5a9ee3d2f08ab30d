import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconRecycle } from '@tabler/icons-react';
import { useState } from 'react';
import { useReclaimActivations, useReclaimPreview } from './api/reclaim-activations';
import type { ReclaimProgress } from './reclaim-progress';
import { i18n } from '../../i18n/i18n';
import { AppModal } from '../../components/AppModal';
import { notifyFailed, notifySaved } from '../../components/notify';
import { ReclaimPreviewList } from './ReclaimPreviewList';
import { formatNumberIn } from '../../i18n/labels';
import { useTranslation } from 'react-i18next';

const progressText = ({ freed, done, total }: ReclaimProgress) =>
  i18n.t(done < total ? 'activations.reclaim.progress' : 'activations.reclaim.finished', {
    freed: formatNumberIn(i18n.language, freed),
    total: formatNumberIn(i18n.language, total),
  });

/**
 * Seat reclaim: lists the activations not seen for N days, then frees exactly those, a batch
 * per request, saying how far it got (decision 078).
 */
export function ReclaimButton() {
  const [opened, setOpened] = useState(false);
  const { t } = useTranslation();
  const [days, setDays] = useState<number>(90);
  const [settledDays] = useDebouncedValue(days, 300);
  const [progress, setProgress] = useState<ReclaimProgress | null>(null);
  const preview = useReclaimPreview(settledDays, opened);
  const reclaim = useReclaimActivations(setProgress);
  const shown =
    preview.data && !preview.isPlaceholderData && settledDays === days ? preview.data : undefined;

  const close = () => {
    if (reclaim.isPending) return;
    setOpened(false);
    setProgress(null);
  };
  const confirm = () => {
    if (!shown) return;
    setProgress({ freed: 0, skipped: 0, done: 0, total: shown.candidates.length });
    reclaim.mutate(
      { notSeenForDays: days, activationIds: shown.candidates.map((candidate) => candidate.id) },
      {
        onSuccess: (result) => {
          const skipped = result.skipped
            ? ` ${t('activations.reclaim.skipped', { count: result.skipped })}`
            : '';
          notifySaved(`${progressText(result)}${skipped}`);
          setOpened(false);
          setProgress(null);
        },
        onError: (error) => notifyFailed(t('activations.reclaim.failed'), error),
      },
    );
  };

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconRecycle size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('activations.reclaim.button')}
      </Button>
      <AppModal
        opened={opened}
        onClose={close}
        title={t('activations.reclaim.title')}
        size="lg"
        closeOnClickOutside={!reclaim.isPending}
      >
        <Stack gap="sm">
          <NumberInput
            label={t('activations.reclaim.days')}
            description={t('activations.reclaim.daysHint')}
            min={1}
            max={3650}
            value={days}
            disabled={reclaim.isPending}
            onChange={(value) => setDays(typeof value === 'number' && value >= 1 ? value : 1)}
          />
          <ReclaimPreviewList preview={shown} days={days} />
          {progress && (
            <Text size="sm" fw={500} aria-live="polite" data-testid="reclaim-progress">
              {progressText(progress)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={reclaim.isPending} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={reclaim.isPending}
              disabled={!shown || shown.total === 0}
              onClick={confirm}
            >
              {shown && shown.candidates.length > 0
                ? t('activations.reclaim.freeCount', {
                    count: shown.candidates.length,
                    formatted: formatNumberIn(i18n.language, shown.candidates.length),
                  })
                : t('activations.reclaim.free')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}
