import { ActionIcon, Tooltip } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { useContactSupport } from '../components/support-context';

/** The header's Contact support entry, on every page. */
export function HeaderSupportButton() {
  const contactSupport = useContactSupport();
  return (
    <Tooltip label="Contact support">
      <ActionIcon
        variant="default"
        size="lg"
        aria-label="Contact support"
        onClick={() => contactSupport()}
      >
        <IconLifebuoy size={18} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}
