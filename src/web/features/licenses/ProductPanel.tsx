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
import { licenseTypeLabel } from '../../../common/labels';

export function ProductPanel({
  productId,
  onClose,
}: {
  productId: number | undefined;
  onClose: () => void;
}) {
  const product = useLicenseProduct(productId);
  const [activating, setActivating] = useState<LicenseLine | null>(null);
  return (
    <DetailDrawer
      opened={productId !== undefined}
      onClose={onClose}
      title={product.data?.product.name ?? 'Product'}
    >
      <PanelBody query={product} what="product">
        {({ product: general, lines }) => (
          <Stack gap="lg">
            <Stack gap="sm">
              <Title order={3} size="h5">
                General
              </Title>
              <DetailFields
                fields={[
                  ['Product Name', general.name],
                  ['License Type', licenseTypeLabel(general.licenseType)],
                ]}
              />
              <Text size="sm">{general.description}</Text>
            </Stack>
            <PanelUsage of="products" id={general.productId} name={general.name} />
            <Divider />
            <Title order={3} size="h5">
              Included in Entitlements
            </Title>
            {lines.map((line) => (
              <Card
                key={line.licenseId}
                withBorder
                padding="md"
                aria-label={`Entitlement ${line.entitlementPublicId}`}
                component="section"
              >
                <Stack gap="sm">
                  <DetailFields
                    fields={[
                      ['Entitlement ID', line.entitlementPublicId],
                      ['Order Date', <CalendarDay key="ordered" value={line.orderDate} />],
                      ['Sales Order', line.salesOrder],
                      ['PO Number', line.poNumber ?? '—'],
                      ['Available Licenses', line.available],
                      ['Activated Licenses', line.activated],
                      ['Unactivated Licenses', line.unactivated],
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
