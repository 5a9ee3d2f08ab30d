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
import { useLabels } from '../../i18n/labels';
import { useTranslation } from 'react-i18next';

interface EntitlementPanelProps {
  entitlementId: number | undefined;
  /** The license whose card starts expanded (a link to one license, e.g. from the Dashboard). */
  licenseId?: number;
  onClose: () => void;
}

export function EntitlementPanel({ entitlementId, licenseId, onClose }: EntitlementPanelProps) {
  const entitlement = useEntitlement(entitlementId);
  const [activating, setActivating] = useState<LicenseLine | null>(null);
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <DetailDrawer
      opened={entitlementId !== undefined}
      onClose={onClose}
      title={
        entitlement.data
          ? t('licenses.panel.entitlementTitle', { id: entitlement.data.publicId })
          : t('licenses.columns.entitlement')
      }
    >
      <PanelBody query={entitlement} what={t('licenses.panel.whatEntitlement')}>
        {(detail) => (
          <Stack gap="lg">
            <Stack gap="sm">
              <Title order={3} size="h5">
                {t('licenses.panel.general')}
              </Title>
              <DetailFields
                fields={[
                  [
                    t('licenses.columns.orderDate'),
                    <CalendarDay key="ordered" value={detail.orderDate} />,
                  ],
                  [
                    t('licenses.columns.expiration'),
                    detail.expiresAt ? (
                      <DateTime key="expires" value={detail.expiresAt} />
                    ) : (
                      t('licenses.never')
                    ),
                  ],
                  [t('licenses.columns.salesOrder'), detail.salesOrder],
                  [t('licenses.columns.poNumber'), detail.poNumber ?? '—'],
                  [t('licenses.panel.entitlementId'), detail.publicId],
                  [t('licenses.columns.totalAvailable'), detail.totalAvailable],
                ]}
              />
            </Stack>
            <PanelUsage of="entitlements" id={detail.entitlementId} name={detail.publicId} />
            <Divider />
            <Title order={3} size="h5">
              {t('licenses.panel.licenses')}
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
                        {t('licenses.panel.seatsFree', {
                          free: line.unactivated,
                          count: line.available,
                        })}
                      </Text>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <Stack gap="sm">
                      <Text size="sm">{line.description}</Text>
                      <DetailFields
                        fields={[
                          [
                            t('licenses.panel.deploymentType'),
                            labels.deploymentType(line.deploymentType),
                          ],
                          [t('licenses.panel.available'), line.available],
                          [t('licenses.panel.activationQuantity'), line.activated],
                          [t('licenses.panel.unactivated'), line.unactivated],
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
