import { Alert, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { Fragment, type ReactNode } from 'react';
import type { OfflineActivationResult } from '../../../common/activations-api';
import { DateTime } from '../../components/DateTime';
import { QrCode } from '../../components/QrCode';
import { useTranslation } from 'react-i18next';

function saveJson(fileName: string, content: unknown) {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' }),
  );
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
}

/** The signed response file of an offline activation: what it grants, until when, as a file and as a QR code. */
export function OfflineResult({ result }: { result: OfflineActivationResult }) {
  const { t } = useTranslation();
  const { licenseFile: file } = result;
  const facts: [string, ReactNode][] = [
    [t('activations.offline.product'), file.product.name],
    [t('activations.offline.entitlement'), file.entitlement],
    [
      t('activations.offline.seatsHeld'),
      t('activations.offline.seatsOf', { held: file.activation.quantity, count: file.seats }),
    ],
    [t('activations.offline.issued'), <DateTime value={file.issuedAt} format="dateTime" exact />],
    [
      t('activations.offline.validUntil'),
      <DateTime value={file.validUntil} format="dateTime" exact />,
    ],
  ];
  return (
    <Stack gap="md">
      <Alert
        color="teal"
        title={t('activations.offline.activated', { identifier: file.activation.identifier })}
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        {t('activations.offline.carry')}
      </Alert>
      <SimpleGrid cols={2} component="dl" m={0} spacing="xs">
        {facts.map(([label, value]) => (
          <Fragment key={label}>
            <Text size="sm" component="dt" c="dimmed">
              {label}
            </Text>
            <Text size="sm" component="dd" m={0}>
              {value}
            </Text>
          </Fragment>
        ))}
      </SimpleGrid>
      <QrCode
        svg={result.qrSvg}
        alt={t('activations.offline.qr', { identifier: file.activation.identifier })}
        size={240}
      />
      <Button
        leftSection={<IconDownload size={16} aria-hidden />}
        onClick={() => saveJson(result.fileName, result.responseFile)}
      >
        {t('activations.offline.download')}
      </Button>
    </Stack>
  );
}
