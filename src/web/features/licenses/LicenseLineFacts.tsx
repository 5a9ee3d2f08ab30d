import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconBolt, IconRefresh, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { canActivateSeats } from '../../../common/license-status';
import type { LicenseLine } from '../../../common/licenses-api';
import { useSession } from '../../api/session';
import { DateTime } from '../../components/DateTime';
import { ContactSupportButton } from '../../components/ContactSupportButton';
import { FeatureList } from '../../components/FeatureList';
import { StatusBadge } from '../../components/StatusBadge';
import { assigneeText } from './assignee-text';
import { AssignModal } from './AssignModal';
import { DetailFields } from './DetailFields';
import { LicenseKey } from './LicenseKey';
import { RenewalModal } from './RenewalModal';

/** Status, expiry, key, features, assignees, renewal and support, and (for Admins) Activate and Assign, for one license. */
export function LicenseLineFacts({
  line,
  onActivate,
}: {
  line: LicenseLine;
  onActivate: (line: LicenseLine) => void;
}) {
  const { abilities } = useSession();
  const [dialog, setDialog] = useState<'assign' | 'renew' | null>(null);
  const canActivate =
    abilities.includes('licenses.activate') &&
    canActivateSeats(line.status) &&
    line.unactivated > 0;
  const renewable = line.status === 'expiring_soon' || line.status === 'expired';
  const canRenew =
    renewable && line.renewalRequestable && abilities.includes('licenses.requestRenewal');
  return (
    <Stack gap="sm">
      <DetailFields
        fields={[
          ['Status', <StatusBadge key="status" status={line.status} />],
          [
            'Expires',
            line.expiresAt ? (
              <DateTime key="expires" value={line.expiresAt} format="dateTime" />
            ) : (
              'Never'
            ),
          ],
          ['Assigned to', assigneeText(line.assignees)],
          [
            'License key',
            <LicenseKey
              key="key"
              licenseId={line.licenseId}
              maskedKey={line.maskedKey}
              productName={line.productName}
            />,
            // A row of its own: beside another field, a phone broke the key at every dash.
            'wide',
          ],
        ]}
      />
      <Stack gap={4}>
        <Text size="xs" c="dimmed" fw={500}>
          Features
        </Text>
        <FeatureList
          features={line.features}
          label={`Features of the ${line.productName} license of ${line.entitlementPublicId}`}
        />
      </Stack>
      {(line.status === 'expiring_soon' || line.status === 'expired') && (
        <Alert
          color={line.status === 'expired' ? 'red' : 'orange'}
          title={
            line.status === 'expired' ? 'This license has expired' : 'This license expires soon'
          }
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
        >
          {canRenew
            ? 'Request a renewal from the vendor below'
            : 'To renew, ask your reseller or account manager for a renewal'}{' '}
          of sales order {line.salesOrder} (entitlement {line.entitlementPublicId}); the new expiry
          applies to the same key.
        </Alert>
      )}
      <Group gap="sm">
        {canActivate && (
          <Button leftSection={<IconBolt size={16} aria-hidden />} onClick={() => onActivate(line)}>
            Activate
          </Button>
        )}
        {abilities.includes('licenses.assign') && (
          <Button
            variant="default"
            leftSection={<IconUserPlus size={16} aria-hidden />}
            onClick={() => setDialog('assign')}
          >
            Assign
          </Button>
        )}
        {canRenew && (
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => setDialog('renew')}
          >
            Request renewal
          </Button>
        )}
        <ContactSupportButton subject={{ licenseId: line.licenseId }} />
      </Group>
      <AssignModal line={dialog === 'assign' ? line : null} onClose={() => setDialog(null)} />
      <RenewalModal line={dialog === 'renew' ? line : null} onClose={() => setDialog(null)} />
    </Stack>
  );
}
