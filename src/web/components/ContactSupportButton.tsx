import { Button } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { useContactSupport, type SupportSubject } from './support-context';
import { useTranslation } from 'react-i18next';

/** "Contact support", pre-filled with the organization and, when given, the license and its validation code. */
export function ContactSupportButton({
  subject,
  compact = false,
}: {
  subject?: SupportSubject;
  compact?: boolean;
}) {
  const contactSupport = useContactSupport();
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      size={compact ? 'xs' : 'sm'}
      leftSection={<IconLifebuoy size={16} aria-hidden />}
      onClick={() => contactSupport(subject)}
    >
      {t('common.support.contact')}
    </Button>
  );
}
