import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  submitLabel: string;
  loading: boolean;
  onCancel: () => void;
  disabled?: boolean;
}

/** The footer of a dialog's form: Cancel, then the submit button. */
export function FormActions({ submitLabel, loading, onCancel, disabled }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={loading} disabled={disabled}>
        {submitLabel}
      </Button>
    </Group>
  );
}
