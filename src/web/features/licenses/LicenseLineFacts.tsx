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
import { useTranslation } from 'react-i18next';

/** Status, expiry, key, features, assignees, renewal and support, and (for Admins) Activate and Assign, for one license. */
export function LicenseLineFacts({
  line,
  onActivate,
}: {
  line: LicenseLine;
  onActivate: (line: LicenseLine) => void;
}) {
  const { abilities } = useSession();
  const { t } = useTranslation();
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
          [t('licenses.columns.status'), <StatusBadge key="status" status={line.status} />],
          [
            t('licenses.columns.expires'),
            line.expiresAt ? (
              <DateTime key="expires" value={line.expiresAt} format="dateTime" />
            ) : (
              t('licenses.never')
            ),
          ],
          [t('licenses.columns.assignedTo'), assigneeText(line.assignees)],
          [
            t('licenses.diagnose.key'),
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
          {t('licenses.columns.features')}
        </Text>
        <FeatureList
          features={line.features}
          label={t('licenses.facts.featuresLabel', {
            product: line.productName,
            entitlement: line.entitlementPublicId,
          })}
        />
      </Stack>
      {(line.status === 'expiring_soon' || line.status === 'expired') && (
        <Alert
          color={line.status === 'expired' ? 'red' : 'orange'}
          title={
            line.status === 'expired'
              ? t('licenses.facts.expired')
              : t('licenses.facts.expiresSoon')
          }
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
        >
          {t(canRenew ? 'licenses.facts.renewHere' : 'licenses.facts.renewReseller', {
            salesOrder: line.salesOrder,
            entitlement: line.entitlementPublicId,
          })}
        </Alert>
      )}
      <Group gap="sm">
        {canActivate && (
          <Button leftSection={<IconBolt size={16} aria-hidden />} onClick={() => onActivate(line)}>
            {t('licenses.activate.submit')}
          </Button>
        )}
        {abilities.includes('licenses.assign') && (
          <Button
            variant="default"
            leftSection={<IconUserPlus size={16} aria-hidden />}
            onClick={() => setDialog('assign')}
          >
            {t('licenses.assign.submit')}
          </Button>
        )}
        {canRenew && (
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => setDialog('renew')}
          >
            {t('licenses.renewal.button')}
          </Button>
        )}
        <ContactSupportButton subject={{ licenseId: line.licenseId }} />
      </Group>
      <AssignModal line={dialog === 'assign' ? line : null} onClose={() => setDialog(null)} />
      <RenewalModal line={dialog === 'renew' ? line : null} onClose={() => setDialog(null)} />
    </Stack>
  );
}
