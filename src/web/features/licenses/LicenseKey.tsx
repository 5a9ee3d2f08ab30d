import { ActionIcon, Code, Group, Tooltip } from '@mantine/core';
import { IconCopy, IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useRevealLicenseKey } from './api/reveal-license-key';
import { notifyFailed, notifySaved } from '../../components/notify';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation();
  const [shown, setShown] = useState<string | null>(null);

  const toggle = () => {
    if (shown) return setShown(null);
    reveal.mutate(
      { licenseId, purpose: 'reveal' },
      {
        onSuccess: ({ key }) => setShown(key),
        onError: (error) => notifyFailed(t('licenses.key.revealFailed'), error),
      },
    );
  };
  const copy = () =>
    reveal.mutate(
      { licenseId, purpose: 'copy' },
      {
        onSuccess: async ({ key }) => {
          await navigator.clipboard.writeText(key);
          notifySaved(t('licenses.key.copied', { product: productName }));
        },
        onError: (error) => notifyFailed(t('licenses.key.copyFailed'), error),
      },
    );

  return (
    <Group gap={4} wrap="nowrap">
      <Code data-testid="license-key" style={{ whiteSpace: 'nowrap' }}>
        {shown ?? maskedKey}
      </Code>
      <Tooltip label={t(shown ? 'licenses.key.hide' : 'licenses.key.reveal')}>
        <ActionIcon
          variant="subtle"
          aria-label={t(shown ? 'licenses.key.hideLabel' : 'licenses.key.revealLabel', {
            product: productName,
          })}
          onClick={toggle}
          loading={reveal.isPending}
        >
          {shown ? <IconEyeOff size={16} aria-hidden /> : <IconEye size={16} aria-hidden />}
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('licenses.key.copy')}>
        <ActionIcon
          variant="subtle"
          aria-label={t('licenses.key.copyLabel', { product: productName })}
          onClick={copy}
        >
          <IconCopy size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
