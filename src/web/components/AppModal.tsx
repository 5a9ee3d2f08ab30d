import { Modal, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface AppModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: MantineSize;
  closeOnClickOutside?: boolean;
  /** Above the default: for a dialog opened from a panel it is not part of (Contact support). */
  zIndex?: number;
  children: ReactNode;
}

/**
 * A centred dialog titled by its heading. Mantine's modal header is a <header> element,
 * which axe counts as a second banner next to the page's; here it is a plain container,
 * and the close button has a name.
 */
export function AppModal({
  opened,
  onClose,
  title,
  size,
  closeOnClickOutside = true,
  zIndex,
  children,
}: AppModalProps) {
  const { t } = useTranslation();
  return (
    <Modal.Root
      opened={opened}
      onClose={onClose}
      centered
      size={size}
      closeOnClickOutside={closeOnClickOutside}
      zIndex={zIndex}
    >
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header role="none">
          <Modal.Title>{title}</Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
