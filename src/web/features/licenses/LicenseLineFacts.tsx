import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconBolt } from '@tabler/icons-react';
import { canActivateSeats } from '../../../common/license-status';
import type { LicenseLine } from '../../../common/licenses-api';
import { useSession } from '../../api/session';
import { DateTime } from '../../components/DateTime';
import { FeatureList } from '../../components/FeatureList';
import { StatusBadge } from '../../components/StatusBadge';
import { DetailFields } from './DetailFields';
import { LicenseKey } from './LicenseKey';

/** Status, expiry, key, features, renewal advice and (for Admins) Activate, for one license in a panel. */
export function LicenseLineFacts({ line, onActivate }: { line: LicenseLine; onActivate: (line: LicenseLine) => void }) {
  const { abilities } = useSession();
  const canActivate = abilities.includes('licenses.activate') && canActivateSeats(line.status) && line.unactivated > 0;
  return (
    <Stack gap="sm">
      <DetailFields
        fields={[
          ['Status', <StatusBadge key="status" status={line.status} />],
          ['Expires', line.expiresAt ? <DateTime key="expires" value={line.expiresAt} format="dateTime" /> : 'Never'],
          ['License key', <LicenseKey key="key" licenseId={line.licenseId} maskedKey={line.maskedKey} productName={line.productName} />],
        ]}
      />
      <Stack gap={4}>
        <Text size="xs" c="dimmed" fw={500}>
          Features
        </Text>
        <FeatureList features={line.features} label={`Features of the ${line.productName} license of ${line.entitlementPublicId}`} />
      </Stack>
      {(line.status === 'expiring_soon' || line.status === 'expired') && (
        <Alert color={line.status === 'expired' ? 'red' : 'orange'} title={line.status === 'expired' ? 'This license has expired' : 'This license expires soon'}
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
        >
          To renew, ask your reseller or account manager for a renewal of sales order {line.salesOrder} (entitlement {line.entitlementPublicId}); the new
          expiry applies to the same key.
        </Alert>
      )}
      {canActivate && (
        <Group>
          <Button leftSection={<IconBolt size={16} aria-hidden />} onClick={() => onActivate(line)}>
            Activate
          </Button>
        </Group>
      )}
    </Stack>
  );
}
