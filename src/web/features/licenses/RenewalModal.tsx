import { Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { LicenseLine } from '../../../common/licenses-api';
import { useRequestRenewal } from '../../api/support';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { notifyFailed, notifySaved } from '../../components/notify';

/** Request renewal: the vendor gets the license, entitlement, sales order, seats in use and who asks. */
export function RenewalModal({ line, onClose }: { line: LicenseLine | null; onClose: () => void }) {
  const request = useRequestRenewal(line?.licenseId ?? 0);
  const [message, setMessage] = useState('');
  const close = () => {
    request.reset();
    setMessage('');
    onClose();
  };
  if (!line) return null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    request.mutate(
      { message: message.trim() || undefined },
      {
        onSuccess: (result) => {
          if (result.emailDelivered) notifySaved(`Renewal request sent to ${result.sentTo}`);
          else
            notifyFailed(
              'The request was recorded, but the email could not be sent',
              new Error('Try again later or contact support.'),
            );
          close();
        },
        onError: (error) => notifyFailed('The renewal could not be requested', error),
      },
    );
  };
  return (
    <AppModal opened onClose={close} title={`Request renewal of ${line.productName}`}>
      <form onSubmit={submit}>
        <Stack gap="md">
          <Text size="sm">
            The vendor receives entitlement {line.entitlementPublicId}, sales order{' '}
            {line.salesOrder}, the license ({line.maskedKey}), its {line.available} seats with{' '}
            {line.activated} in use, and your name and email.
          </Text>
          <Textarea
            label="Message (optional)"
            description="Seats or term you want, anything the vendor should know."
            maxLength={2000}
            autosize
            minRows={3}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            data-autofocus
          />
          <FormActions submitLabel="Send request" loading={request.isPending} onCancel={close} />
        </Stack>
      </form>
    </AppModal>
  );
}
