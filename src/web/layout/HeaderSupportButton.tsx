import { ActionIcon, Tooltip } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { useContactSupport } from '../components/support-context';
import { useTranslation } from 'react-i18next';

/** The header's Contact support entry, on every page. */
export function HeaderSupportButton() {
  const contactSupport = useContactSupport();
  const { t } = useTranslation();
  return (
    <Tooltip label={t('common.support.contact')}>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('common.support.contact')}
        onClick={() => contactSupport()}
      >
        <IconLifebuoy size={18} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}
