import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The portal's name and mark, as shown in the header and on the sign-in page. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <ThemeIcon size={32} radius="md" aria-hidden>
        <IconKey size={18} stroke={2} />
      </ThemeIcon>
      <Text fw={700} size="lg" lh={1}>
        {t('common.brand')}
      </Text>
    </Group>
  );
}
