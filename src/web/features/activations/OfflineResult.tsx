import { Alert, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { Fragment, type ReactNode } from 'react';
import type { OfflineActivationResult } from '../../../common/activations-api';
import { DateTime } from '../../components/DateTime';
import { QrCode } from '../../components/QrCode';

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
  const { licenseFile: file } = result;
  const facts: [string, ReactNode][] = [
    ['Product', file.product.name],
    ['Entitlement', file.entitlement],
    ['Seats held', `${file.activation.quantity} of ${file.seats}`],
    ['Issued', <DateTime value={file.issuedAt} format="dateTime" exact />],
    ['Valid until', <DateTime value={file.validUntil} format="dateTime" exact />],
  ];
  return (
    <Stack gap="md">
      <Alert
        color="teal"
        title={`${file.activation.identifier} is activated`}
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        Carry the response file to the machine, or let it scan the QR code. The machine trusts the
        file until it expires; activate it again before then.
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
        alt={`QR code of the response file for ${file.activation.identifier}`}
        size={240}
      />
      <Button
        leftSection={<IconDownload size={16} aria-hidden />}
        onClick={() => saveJson(result.fileName, result.responseFile)}
      >
        Download response file
      </Button>
    </Stack>
  );
}
