import type { DashboardPayload } from '../../../common/api-types';
import { DateTime } from '../../components/DateTime';
import { RecentCard, type Column } from './RecentCard';
import { useTranslation } from 'react-i18next';

type EndingFeature = DashboardPayload['endingFeatures'][number];

const COLUMNS: Column<EndingFeature>[] = [
  { header: 'dashboard.columns.feature', cell: (feature) => feature.featureName },
  { header: 'dashboard.columns.product', cell: (feature) => feature.productName },
  {
    header: 'dashboard.columns.entitlement',
    cell: (feature) => feature.entitlementPublicId,
    nowrap: true,
  },
  { header: 'dashboard.columns.salesOrder', cell: (feature) => feature.salesOrder, nowrap: true },
  {
    header: 'dashboard.columns.ends',
    cell: (feature) => <DateTime value={feature.expiresAt} />,
    nowrap: true,
  },
];

/** Features whose grant ends within 30 days, beside the licenses: renewing one takes the sales order. */
export function EndingFeatures({ features }: { features: EndingFeature[] | undefined }) {
  const { t } = useTranslation();
  return (
    <RecentCard
      title={t('dashboard.endingFeatures.title')}
      viewAll={{ section: 'licenses', what: t('dashboard.endingFeatures.what') }}
      columns={COLUMNS}
      rows={features}
      empty={{
        title: t('dashboard.endingFeatures.emptyTitle'),
        description: t('dashboard.endingFeatures.emptyDescription'),
      }}
    />
  );
}
