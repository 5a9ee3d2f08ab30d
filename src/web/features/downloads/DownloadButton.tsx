import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { DownloadArtifactItem } from '../../../common/downloads-api';
import { useCreateDownloadLink } from './api/create-download-link';
import { notifyFailed } from '../../components/notify';
import { useTranslation } from 'react-i18next';

/** Asks for a fresh signed link and lets the browser fetch it: the file arrives as an attachment. */
export function DownloadButton({ artifact }: { artifact: DownloadArtifactItem }) {
  const link = useCreateDownloadLink();
  const { t } = useTranslation();
  const download = () =>
    link.mutate(artifact.id, {
      onSuccess: ({ url }) => window.location.assign(url),
      onError: (error) => notifyFailed(t('downloads.button.failed'), error),
    });
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconDownload size={14} aria-hidden />}
      loading={link.isPending}
      onClick={download}
      aria-label={t('downloads.button.label', { file: artifact.fileName })}
    >
      {t('downloads.button.text')}
    </Button>
  );
}
