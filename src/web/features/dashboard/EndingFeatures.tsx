import type { DashboardPayload } from '../../../common/api-types';
import { DateTime } from '../../components/DateTime';
import { RecentCard, type Column } from './RecentCard';

type EndingFeature = DashboardPayload['endingFeatures'][number];

const COLUMNS: Column<EndingFeature>[] = [
  { header: 'Feature', cell: (feature) => feature.featureName },
  { header: 'Product', cell: (feature) => feature.productName },
  { header: 'Entitlement', cell: (feature) => feature.entitlementPublicId, nowrap: true },
  { header: 'Sales Order', cell: (feature) => feature.salesOrder, nowrap: true },
  { header: 'Ends', cell: (feature) => <DateTime value={feature.expiresAt} />, nowrap: true },
];

/** Features whose grant ends within 30 days, beside the licenses: renewing one takes the sales order. */
export function EndingFeatures({ features }: { features: EndingFeature[] | undefined }) {
  return (
    <RecentCard
      title="Features Ending Soon"
      viewAll={{ section: 'licenses', what: 'licenses and their features' }}
      columns={COLUMNS}
      rows={features}
      empty={{
        title: 'No features ending soon',
        description: 'Features whose grant ends within 30 days appear here.',
      }}
    />
  );
}
