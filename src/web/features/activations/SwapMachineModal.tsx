import { Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import type { ActivationItem } from '../../../common/activations-api';
import { ACTIVATION_IDENTIFIER_LABELS } from '../../../common/licenses-api';
import { ApiError } from '../../api/client';
import { useSwapActivation } from './api/swap-activation';
import { AppModal } from '../../components/AppModal';
import { notifyFailed, notifySaved } from '../../components/notify';
import { FormActions } from '../../components/FormActions';

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
  const fields = swap.error instanceof ApiError ? swap.error.fields : {};
  const identifierLabel = ACTIVATION_IDENTIFIER_LABELS[activation.kind];
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
            `${activation.productName} moved from ${current} to ${hostname || String(form.get('identifier')).trim()}.`,
          );
          swap.reset();
          onSwapped(activationId);
        },
        onError: (error) => {
          if (!(error instanceof ApiError && Object.keys(error.fields).length > 0))
            notifyFailed('The machine could not be swapped', error);
        },
      },
    );
  };

  return (
    <AppModal opened={opened} onClose={close} title={`Swap ${current}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {current} is deactivated and the new one activated with the same{' '}
            {activation.quantity === 1 ? 'seat' : `${activation.quantity} seats`} and project data,
            in one step: if the new one cannot be activated, nothing changes. The swap counts
            against the license’s deactivation limit.
          </Text>
          <TextInput
            name="identifier"
            label={`New ${identifierLabel.toLowerCase()}`}
            required
            maxLength={255}
            autoComplete="off"
            error={fields.identifier}
            data-autofocus
          />
          <TextInput
            name="hostname"
            label="Hostname"
            description="Optional: how people recognise the new one"
            maxLength={255}
            autoComplete="off"
            error={fields.hostname}
          />
          <FormActions submitLabel="Swap" loading={swap.isPending} onCancel={close} />
        </Stack>
      </form>
    </AppModal>
  );
}
