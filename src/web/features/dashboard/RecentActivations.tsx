import type { DashboardPayload } from '../../../common/api-types';
import { DateTime } from '../../components/DateTime';
import { RecentCard, type Column } from './RecentCard';
import { useTranslation } from 'react-i18next';

type Activation = DashboardPayload['recentActivations'][number];

const COLUMNS: Column<Activation>[] = [
  { header: 'dashboard.columns.product', cell: (activation) => activation.productName },
  { header: 'dashboard.columns.quantity', cell: (activation) => activation.quantity },
  {
    header: 'dashboard.columns.activationDate',
    cell: (activation) => <DateTime value={activation.activatedAt} />,
    nowrap: true,
  },
  { header: 'dashboard.columns.activatedBy', cell: (activation) => activation.activatedBy },
];

export function RecentActivations({ activations }: { activations: Activation[] | undefined }) {
  const { t } = useTranslation();
  return (
    <RecentCard
      title={t('dashboard.recentActivations.title')}
      viewAll={{ section: 'activations', what: t('dashboard.recentActivations.what') }}
      columns={COLUMNS}
      rows={activations}
      empty={{
        title: t('dashboard.recentActivations.emptyTitle'),
        description: t('dashboard.recentActivations.emptyDescription'),
      }}
    />
  );
}
