import { Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { LicenseLine } from '../../../common/licenses-api';
import { useRequestRenewal } from '../../api/support';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { notifyFailed, notifySaved } from '../../components/notify';
import { useTranslation } from 'react-i18next';

/** Request renewal: the vendor gets the license, entitlement, sales order, seats in use and who asks. */
export function RenewalModal({ line, onClose }: { line: LicenseLine | null; onClose: () => void }) {
  const { t } = useTranslation();
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
          if (result.emailDelivered) notifySaved(t('licenses.renewal.sent', { to: result.sentTo }));
          else
            notifyFailed(
              t('licenses.renewal.notSent'),
              new Error(t('licenses.renewal.notSentHint')),
            );
          close();
        },
        onError: (error) => notifyFailed(t('licenses.renewal.failed'), error),
      },
    );
  };
  return (
    <AppModal
      opened
      onClose={close}
      title={t('licenses.renewal.title', { product: line.productName })}
    >
      <form onSubmit={submit}>
        <Stack gap="md">
          <Text size="sm">
            {t('licenses.renewal.intro', {
              entitlement: line.entitlementPublicId,
              salesOrder: line.salesOrder,
              key: line.maskedKey,
              count: line.available,
              inUse: line.activated,
            })}
          </Text>
          <Textarea
            label={t('licenses.renewal.message')}
            description={t('licenses.renewal.messageHint')}
            maxLength={2000}
            autosize
            minRows={3}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            data-autofocus
          />
          <FormActions
            submitLabel={t('licenses.renewal.submit')}
            loading={request.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
