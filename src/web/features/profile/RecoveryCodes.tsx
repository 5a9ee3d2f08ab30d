import { Button, CopyButton, Group, List, Paper, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n/i18n';

function download(codes: string[]) {
  const url = URL.createObjectURL(
    new Blob([`${i18n.t('profile.recovery.fileTitle')}\n\n${codes.join('\n')}\n`], {
      type: 'text/plain',
    }),
  );
  const link = Object.assign(document.createElement('a'), {
    href: url,
    download: 'customer-portal-recovery-codes.txt',
  });
  link.click();
  URL.revokeObjectURL(url);
}

/** Recovery codes, shown once: the portal keeps only their hashes. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm">
        {t('profile.recovery.intro')} <strong>{t('profile.recovery.once')}</strong>
      </Text>
      <Paper withBorder p="md" mt="sm" bg="var(--mantine-color-default-hover)">
        <List
          listStyleType="none"
          spacing={4}
          ff="monospace"
          aria-label={t('profile.recovery.label')}
          style={{ columns: 2 }}
        >
          {codes.map((code) => (
            <List.Item key={code}>{code}</List.Item>
          ))}
        </List>
      </Paper>
      <Group gap="xs" mt="sm">
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              size="xs"
              onClick={copy}
              leftSection={
                copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
              }
            >
              {t(copied ? 'common.copied' : 'profile.recovery.copy')}
            </Button>
          )}
        </CopyButton>
        <Button
          variant="default"
          size="xs"
          onClick={() => download(codes)}
          leftSection={<IconDownload size={14} aria-hidden />}
        >
          {t('profile.recovery.download')}
        </Button>
      </Group>
    </div>
  );
}
