import { Button, CopyButton, Group, List, Paper, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';

function download(codes: string[]) {
  const url = URL.createObjectURL(
    new Blob([`Customer Portal recovery codes\n\n${codes.join('\n')}\n`], { type: 'text/plain' }),
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
  return (
    <div>
      <Text size="sm">
        Each code signs you in once if you lose your phone. Store them somewhere safe, such as a
        password manager: <strong>you will not see them again.</strong>
      </Text>
      <Paper withBorder p="md" mt="sm" bg="var(--mantine-color-default-hover)">
        <List
          listStyleType="none"
          spacing={4}
          ff="monospace"
          aria-label="Recovery codes"
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
              {copied ? 'Copied' : 'Copy codes'}
            </Button>
          )}
        </CopyButton>
        <Button
          variant="default"
          size="xs"
          onClick={() => download(codes)}
          leftSection={<IconDownload size={14} aria-hidden />}
        >
          Download
        </Button>
      </Group>
    </div>
  );
}
