import { Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import type { ActivationItem } from '../../../common/activations-api';
import { ApiError } from '../../api/client';
import { useSwapActivation } from './api/swap-activation';
import { AppModal } from '../../components/AppModal';
import { notifyFailed, notifySaved } from '../../components/notify';
import { FormActions } from '../../components/FormActions';
import { useTranslation } from 'react-i18next';

interface SwapMachineModalProps {
  activation: ActivationItem;
  opened: boolean;
  onClose: () => void;
  onSwapped: (activationId: number) => void;
}

/** Moves an activation to another machine, domain or serial in one step; the form states what will happen. */
export function SwapMachineModal({
  activation,
  opened,
  onClose,
  onSwapped,
}: SwapMachineModalProps) {
  const swap = useSwapActivation();
  const { t } = useTranslation();
  const fields = swap.error instanceof ApiError ? swap.error.fields : {};
  const current = activation.hostname ?? activation.identifier;
  const close = () => {
    swap.reset();
    onClose();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const hostname = String(form.get('hostname')).trim();
    swap.mutate(
      {
        activationId: activation.id,
        identifier: String(form.get('identifier')).trim(),
        ...(hostname ? { hostname } : {}),
      },
      {
        onSuccess: ({ activationId }) => {
          notifySaved(
            t('activations.swap.done', {
              product: activation.productName,
              from: current,
              to: hostname || String(form.get('identifier')).trim(),
            }),
          );
          swap.reset();
          onSwapped(activationId);
        },
        onError: (error) => {
          if (!(error instanceof ApiError && Object.keys(error.fields).length > 0))
            notifyFailed(t('activations.swap.failed'), error);
        },
      },
    );
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('activations.swap.title', { current })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('activations.swap.intro', { current, count: activation.quantity })}
          </Text>
          <TextInput
            name="identifier"
            label={t(`activations.swap.new.${activation.kind}`)}
            required
            maxLength={255}
            autoComplete="off"
            error={fields.identifier}
            data-autofocus
          />
          <TextInput
            name="hostname"
            label={t('activations.swap.hostname')}
            description={t('activations.swap.hostnameHint')}
            maxLength={255}
            autoComplete="off"
            error={fields.hostname}
          />
          <FormActions
            submitLabel={t('activations.swap.submit')}
            loading={swap.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
