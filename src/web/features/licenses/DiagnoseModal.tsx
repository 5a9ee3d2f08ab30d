import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useDiagnoseLicense } from './api/diagnose-license';
import { AppModal } from '../../components/AppModal';
import { ContactSupportButton } from '../../components/ContactSupportButton';
import { DiagnosisChecklist } from './DiagnosisChecklist';
import { FreeSeatFix } from './FreeSeatFix';
import { useTranslation } from 'react-i18next';

/** Paste a key (and optionally the machine, domain or serial): the same verdict the software gets. */
export function DiagnoseModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const diagnose = useDiagnoseLicense();
  const { t } = useTranslation();
  const fields = diagnose.error instanceof ApiError ? diagnose.error.fields : {};
  const close = () => {
    diagnose.reset();
    onClose();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const identifier = String(form.get('identifier')).trim();
    const features = String(form.get('features'))
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((code) => code.toLowerCase());
    diagnose.mutate({
      key: String(form.get('key')).trim(),
      ...(identifier ? { identifier } : {}),
      ...(features.length ? { features } : {}),
    });
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('licenses.diagnose.title')} size="lg">
      <Stack gap="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('licenses.diagnose.intro')}</Text>
            <TextInput
              name="key"
              label={t('licenses.diagnose.key')}
              required
              autoComplete="off"
              data-autofocus
              error={fields.key}
            />
            <TextInput
              name="identifier"
              label={t('licenses.diagnose.identifier')}
              description={t('licenses.diagnose.identifierHint')}
              autoComplete="off"
              error={fields.identifier}
            />
            <TextInput
              name="features"
              label={t('licenses.diagnose.features')}
              description={t('licenses.diagnose.featuresHint')}
              autoComplete="off"
              error={Object.entries(fields).find(([field]) => field.startsWith('features'))?.[1]}
            />
            {diagnose.error && Object.keys(fields).length === 0 && (
              <Text size="sm" c="red">
                {diagnose.error.message}
              </Text>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={diagnose.isPending}>
                {t('licenses.diagnose.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
        {diagnose.data && <DiagnosisChecklist diagnosis={diagnose.data} />}
        {diagnose.data?.fix && (
          <FreeSeatFix
            fix={diagnose.data.fix}
            onFixed={() => diagnose.mutate(diagnose.variables!)}
          />
        )}
        {diagnose.data && (
          <Group justify="flex-end">
            {/* Support reads the license and the code this check answered, not one the member retypes. */}
            <ContactSupportButton
              subject={{
                licenseId: diagnose.data.license?.licenseId,
                validationCode: diagnose.data.code,
              }}
            />
          </Group>
        )}
      </Stack>
    </AppModal>
  );
}
