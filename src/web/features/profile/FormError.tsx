import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { ApiError } from '../../api/client';

/** The server's message for a failed form, unless it only concerns fields shown next to their inputs. */
export function FormError({ error }: { error: Error | null }) {
  if (!error || (error instanceof ApiError && Object.keys(error.fields).length > 0)) return null;
  return (
    <Alert color="red" variant="light" mt="md" icon={<IconAlertCircle aria-hidden />} role="alert">
      {error.message}
    </Alert>
  );
}
