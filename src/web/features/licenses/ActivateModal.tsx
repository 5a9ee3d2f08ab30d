import { NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { LicenseLine } from '../../../common/licenses-api';
import { ApiError } from '../../api/client';
import { useActivateLicense } from './api/activate-license';
import { AppModal } from '../../components/AppModal';
import { notifyFailed, notifySaved } from '../../components/notify';
import { FormActions } from '../../components/FormActions';
import { useTranslation } from 'react-i18next';

/** Activate seats of one license: quantity (1..unactivated), project, manager and the product's identifier. */
export function ActivateModal({
  line,
  onClose,
}: {
  line: LicenseLine | null;
  onClose: () => void;
}) {
  const activate = useActivateLicense();
  const { t } = useTranslation();
  const [quantity, setQuantity] = useState<number | string>(1);
  const fields = activate.error instanceof ApiError ? activate.error.fields : {};
  const close = () => {
    activate.reset();
    setQuantity(1);
    onClose();
  };
  if (!line) return null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    activate.mutate(
      {
        licenseId: line.licenseId,
        quantity: Number(quantity),
        projectName: String(form.get('projectName')).trim(),
        projectManager: String(form.get('projectManager')).trim(),
        identifier: String(form.get('identifier')).trim(),
      },
      {
        onSuccess: (result) => {
          notifySaved(
            t('licenses.activate.done', { product: line.productName, count: result.unactivated }),
          );
          close();
        },
        onError: (error) => {
          if (!(error instanceof ApiError && Object.keys(error.fields).length > 0))
            notifyFailed(t('licenses.activate.failed'), error);
        },
      },
    );
  };

  const identifierLabel = t(`licenses.identifier.${line.activationKind}`);
  return (
    <AppModal
      opened
      onClose={close}
      title={t('licenses.activate.title', { product: line.productName })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('licenses.activate.available', {
              entitlement: line.entitlementPublicId,
              free: line.unactivated,
              count: line.available,
            })}
          </Text>
          <NumberInput
            label={t('licenses.activate.quantity')}
            min={1}
            max={line.unactivated}
            clampBehavior="none"
            value={quantity}
            onChange={setQuantity}
            required
            allowDecimal={false}
            error={fields.quantity}
            data-autofocus
          />
          <TextInput
            name="projectName"
            label={t('licenses.activate.projectName')}
            required
            maxLength={200}
            error={fields.projectName}
          />
          <TextInput
            name="projectManager"
            label={t('licenses.activate.projectManager')}
            required
            maxLength={200}
            error={fields.projectManager}
          />
          <TextInput
            name="identifier"
            label={identifierLabel}
            required
            maxLength={255}
            autoComplete="off"
            error={fields.identifier}
          />
          <FormActions
            submitLabel={t('licenses.activate.submit')}
            loading={activate.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
