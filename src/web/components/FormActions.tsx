import { Button, Group } from '@mantine/core';

interface FormActionsProps {
  submitLabel: string;
  loading: boolean;
  onCancel: () => void;
  disabled?: boolean;
}

/** The footer of a dialog's form: Cancel, then the submit button. */
export function FormActions({ submitLabel, loading, onCancel, disabled }: FormActionsProps) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={loading} disabled={disabled}>
        {submitLabel}
      </Button>
    </Group>
  );
}
