import { FileInput, Stack, Text, TextInput } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { OfflineRequestFile } from '../../../common/licensing-api';
import { ApiError } from '../../api/client';
import { useOfflineActivation } from './api/offline-activation';
import { AppModal } from '../../components/AppModal';
import { OfflineResult } from './OfflineResult';
import { i18n } from '../../i18n/i18n';
import { FormActions } from '../../components/FormActions';
import { useTranslation } from 'react-i18next';

const REQUEST_FORMAT: OfflineRequestFile['format'] = 'offline-activation-request/1';

/** The file as a request file: JSON in the request format (the server checks every field). */
async function readRequestFile(file: File): Promise<OfflineRequestFile> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    throw new Error(i18n.t('activations.offline.notJson'));
  }
  if (!isRequestFile(parsed))
    throw new Error(
      'This file is not an offline activation request. Choose the file the software wrote on the machine.',
    );
  return parsed;
}

const isRequestFile = (value: unknown): value is OfflineRequestFile =>
  typeof value === 'object' &&
  value !== null &&
  'format' in value &&
  value.format === REQUEST_FORMAT;

/** Activate an air-gapped machine: upload the request file it wrote, get the signed response file back. */
export function OfflineActivationModal({
  opened,
  onClose,
}: {
  opened: boolean;
  onClose: () => void;
}) {
  const activate = useOfflineActivation();
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const close = () => {
    activate.reset();
    setFile(null);
    setFileError(null);
    onClose();
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (!file) return setFileError(t('activations.offline.chooseFile'));
    try {
      const requestFile = await readRequestFile(file);
      setFileError(null);
      activate.mutate({
        requestFile,
        projectName: String(form.get('projectName')).trim(),
        projectManager: String(form.get('projectManager')).trim(),
      });
    } catch (error) {
      setFileError((error as Error).message);
    }
  };
  const serverError =
    activate.error instanceof ApiError && activate.error.status === 400
      ? t('activations.offline.invalid')
      : activate.error?.message;

  return (
    <AppModal opened={opened} onClose={close} title={t('activations.offline.title')} size="lg">
      {activate.data ? (
        <OfflineResult result={activate.data} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('activations.offline.intro')}</Text>
            <FileInput
              label={t('activations.offline.requestFile')}
              placeholder={t('activations.offline.choose')}
              // Mantine's placeholder grey fails contrast (axe) on this non-native placeholder.
              styles={{ placeholder: { color: 'var(--mantine-color-text)' } }}
              accept="application/json,.json"
              leftSection={<IconFileUpload size={16} aria-hidden />}
              value={file}
              onChange={(next) => {
                setFile(next);
                setFileError(null);
                activate.reset();
              }}
              required
              clearable
              error={fileError ?? serverError}
              data-autofocus
            />
            <TextInput
              name="projectName"
              label={t('activations.offline.projectName')}
              description={t('common.optional')}
              maxLength={200}
            />
            <TextInput
              name="projectManager"
              label={t('activations.offline.projectManager')}
              description={t('common.optional')}
              maxLength={200}
            />
            <FormActions
              submitLabel={t('activations.offline.submit')}
              loading={activate.isPending}
              onCancel={close}
            />
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
