import type { UseMutationResult } from '@tanstack/react-query';
import { AppModal } from '../../components/AppModal';
import { ConfirmPasswordForm } from './ConfirmPasswordForm';

interface PasswordPromptModalProps<T> {
  opened: boolean;
  onClose: () => void;
  title: string;
  description: string;
  confirmLabel: string;
  danger?: boolean;
  /** The action to run with the password; its error is shown in the modal. */
  action: UseMutationResult<T, Error, string>;
  onDone: (result: T) => void;
}

/** A sensitive change in a dialog that asks for the current password first. */
export function PasswordPromptModal<T>({
  opened,
  onClose,
  title,
  description,
  confirmLabel,
  danger,
  action,
  onDone,
}: PasswordPromptModalProps<T>) {
  const close = () => {
    action.reset();
    onClose();
  };
  return (
    <AppModal opened={opened} onClose={close} title={title}>
      <ConfirmPasswordForm
        description={description}
        confirmLabel={confirmLabel}
        danger={danger}
        pending={action.isPending}
        error={action.error}
        onConfirm={(password) => action.mutate(password, { onSuccess: onDone })}
        onCancel={close}
      />
    </AppModal>
  );
}
