import type { DashboardPayload } from '../../../common/api-types';
import { DateTime } from '../../components/DateTime';
import { RecentCard, type Column } from './RecentCard';

type Activation = DashboardPayload['recentActivations'][number];

const COLUMNS: Column<Activation>[] = [
  { header: 'Product', cell: (activation) => activation.productName },
  { header: 'Quantity', cell: (activation) => activation.quantity },
  {
    header: 'Activation date',
    cell: (activation) => <DateTime value={activation.activatedAt} />,
    nowrap: true,
  },
  { header: 'Activated by', cell: (activation) => activation.activatedBy },
];

export function RecentActivations({ activations }: { activations: Activation[] | undefined }) {
  return (
    <RecentCard
      title="Recent Activations"
      viewAll={{ section: 'activations', what: 'activations' }}
      columns={COLUMNS}
      rows={activations}
      empty={{
        title: 'No activations yet',
        description: 'Activated devices and domains appear here.',
      }}
    />
  );
}
