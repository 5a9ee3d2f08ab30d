import { ActionIcon, Code, Group, Tooltip } from '@mantine/core';
import { IconCopy, IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useRevealLicenseKey } from './api/reveal-license-key';
import { notifyFailed, notifySaved } from '../../components/notify';

/** A license key, masked until the member reveals it; revealing and copying are both audited by the server. */
export function LicenseKey({
  licenseId,
  maskedKey,
  productName,
}: {
  licenseId: number;
  maskedKey: string;
  productName: string;
}) {
  const reveal = useRevealLicenseKey();
  const [shown, setShown] = useState<string | null>(null);

  const toggle = () => {
    if (shown) return setShown(null);
    reveal.mutate(
      { licenseId, purpose: 'reveal' },
      {
        onSuccess: ({ key }) => setShown(key),
        onError: (error) => notifyFailed('The key could not be revealed', error),
      },
    );
  };
  const copy = () =>
    reveal.mutate(
      { licenseId, purpose: 'copy' },
      {
        onSuccess: async ({ key }) => {
          await navigator.clipboard.writeText(key);
          notifySaved(`${productName} license key copied`);
        },
        onError: (error) => notifyFailed('The key could not be copied', error),
      },
    );

  return (
    <Group gap={4} wrap="nowrap">
      <Code data-testid="license-key" style={{ whiteSpace: 'nowrap' }}>
        {shown ?? maskedKey}
      </Code>
      <Tooltip label={shown ? 'Hide key' : 'Reveal key'}>
        <ActionIcon
          variant="subtle"
          aria-label={shown ? `Hide the ${productName} key` : `Reveal the ${productName} key`}
          onClick={toggle}
          loading={reveal.isPending}
        >
          {shown ? <IconEyeOff size={16} aria-hidden /> : <IconEye size={16} aria-hidden />}
        </ActionIcon>
      </Tooltip>
      <Tooltip label="Copy key">
        <ActionIcon variant="subtle" aria-label={`Copy the ${productName} key`} onClick={copy}>
          <IconCopy size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
