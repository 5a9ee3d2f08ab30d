import { Card, Divider, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { PanelUsage } from './PanelUsage';
import type { LicenseLine } from '../../../common/licenses-api';
import { useLicenseProduct } from './api/license-product';
import { CalendarDay } from '../../components/DateTime';
import { ActivateModal } from './ActivateModal';
import { DetailDrawer } from './DetailDrawer';
import { DetailFields } from './DetailFields';
import { LicenseLineFacts } from './LicenseLineFacts';
import { PanelBody } from './PanelBody';
import { useLabels } from '../../i18n/labels';
import { useTranslation } from 'react-i18next';

export function ProductPanel({
  productId,
  onClose,
}: {
  productId: number | undefined;
  onClose: () => void;
}) {
  const product = useLicenseProduct(productId);
  const [activating, setActivating] = useState<LicenseLine | null>(null);
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <DetailDrawer
      opened={productId !== undefined}
      onClose={onClose}
      title={product.data?.product.name ?? t('licenses.columns.product')}
    >
      <PanelBody query={product} what={t('licenses.panel.whatProduct')}>
        {({ product: general, lines }) => (
          <Stack gap="lg">
            <Stack gap="sm">
              <Title order={3} size="h5">
                {t('licenses.panel.general')}
              </Title>
              <DetailFields
                fields={[
                  [t('licenses.columns.productName'), general.name],
                  [t('licenses.panel.licenseType'), labels.licenseType(general.licenseType)],
                ]}
              />
              <Text size="sm">{general.description}</Text>
            </Stack>
            <PanelUsage of="products" id={general.productId} name={general.name} />
            <Divider />
            <Title order={3} size="h5">
              {t('licenses.panel.includedIn')}
            </Title>
            {lines.map((line) => (
              <Card
                key={line.licenseId}
                withBorder
                padding="md"
                aria-label={t('licenses.panel.entitlementTitle', { id: line.entitlementPublicId })}
                component="section"
              >
                <Stack gap="sm">
                  <DetailFields
                    fields={[
                      [t('licenses.panel.entitlementId'), line.entitlementPublicId],
                      [
                        t('licenses.columns.orderDate'),
                        <CalendarDay key="ordered" value={line.orderDate} />,
                      ],
                      [t('licenses.columns.salesOrder'), line.salesOrder],
                      [t('licenses.columns.poNumber'), line.poNumber ?? '—'],
                      [t('licenses.panel.available'), line.available],
                      [t('licenses.panel.activated'), line.activated],
                      [t('licenses.panel.unactivated'), line.unactivated],
                    ]}
                  />
                  <LicenseLineFacts line={line} onActivate={setActivating} />
                </Stack>
              </Card>
            ))}
          </Stack>
        )}
      </PanelBody>
      <ActivateModal line={activating} onClose={() => setActivating(null)} />
    </DetailDrawer>
  );
}
