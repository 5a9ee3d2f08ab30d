import { Accordion, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { PanelUsage } from './PanelUsage';
import type { LicenseLine } from '../../../common/licenses-api';
import { useEntitlement } from './api/license-entitlement';
import { CalendarDay, DateTime } from '../../components/DateTime';
import { ActivateModal } from './ActivateModal';
import { DetailDrawer } from './DetailDrawer';
import { DetailFields } from './DetailFields';
import { LicenseLineFacts } from './LicenseLineFacts';
import { PanelBody } from './PanelBody';
import { deploymentTypeLabel } from '../../../common/labels';

interface EntitlementPanelProps {
  entitlementId: number | undefined;
  /** The license whose card starts expanded (a link to one license, e.g. from the Dashboard). */
  licenseId?: number;
  onClose: () => void;
}

export function EntitlementPanel({ entitlementId, licenseId, onClose }: EntitlementPanelProps) {
  const entitlement = useEntitlement(entitlementId);
  const [activating, setActivating] = useState<LicenseLine | null>(null);
  return (
    <DetailDrawer
      opened={entitlementId !== undefined}
      onClose={onClose}
      title={entitlement.data ? `Entitlement ${entitlement.data.publicId}` : 'Entitlement'}
    >
      <PanelBody query={entitlement} what="entitlement">
        {(detail) => (
          <Stack gap="lg">
            <Stack gap="sm">
              <Title order={3} size="h5">
                General
              </Title>
              <DetailFields
                fields={[
                  ['Order Date', <CalendarDay key="ordered" value={detail.orderDate} />],
                  [
                    'Expiration',
                    detail.expiresAt ? (
                      <DateTime key="expires" value={detail.expiresAt} />
                    ) : (
                      'Never'
                    ),
                  ],
                  ['Sales Order', detail.salesOrder],
                  ['PO Number', detail.poNumber ?? '—'],
                  ['Entitlement ID', detail.publicId],
                  ['Total Available Licenses', detail.totalAvailable],
                ]}
              />
            </Stack>
            <PanelUsage of="entitlements" id={detail.entitlementId} name={detail.publicId} />
            <Divider />
            <Title order={3} size="h5">
              Licenses
            </Title>
            <Accordion
              variant="separated"
              defaultValue={licenseId === undefined ? null : String(licenseId)}
            >
              {detail.licenses.map((line) => (
                <Accordion.Item key={line.licenseId} value={String(line.licenseId)}>
                  <Accordion.Control>
                    <Group justify="space-between" wrap="nowrap" pr="sm">
                      <Text fw={500}>{line.productName}</Text>
                      <Text size="sm" c="dimmed">
                        {line.unactivated} of {line.available} seats free
                      </Text>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <Stack gap="sm">
                      <Text size="sm">{line.description}</Text>
                      <DetailFields
                        fields={[
                          ['Deployment Type', deploymentTypeLabel(line.deploymentType)],
                          ['Available Licenses', line.available],
                          ['Activation Quantity', line.activated],
                          ['Unactivated Licenses', line.unactivated],
                        ]}
                      />
                      <LicenseLineFacts line={line} onActivate={setActivating} />
                    </Stack>
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          </Stack>
        )}
      </PanelBody>
      <ActivateModal line={activating} onClose={() => setActivating(null)} />
    </DetailDrawer>
  );
}
