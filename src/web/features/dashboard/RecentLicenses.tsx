import { Text } from '@mantine/core';
import type { DashboardPayload } from '../../../common/api-types';
import { DateTime } from '../../components/DateTime';
import { StatusBadge } from '../../components/StatusBadge';
import { RecentCard, type Column } from './RecentCard';

type License = DashboardPayload['recentLicenses'][number];

const COLUMNS: Column<License>[] = [
  {
    header: 'License key',
    cell: (license) => (
      <Text ff="monospace" size="sm">
        {license.maskedKey}
      </Text>
    ),
    nowrap: true,
  },
  { header: 'Product', cell: (license) => license.productName },
  { header: 'Status', cell: (license) => <StatusBadge status={license.status} />, nowrap: true },
  { header: 'Added', cell: (license) => <DateTime value={license.addedAt} />, nowrap: true },
];

export function RecentLicenses({ licenses }: { licenses: License[] | undefined }) {
  return (
    <RecentCard
      title="Recent Licenses"
      viewAll={{ section: 'licenses', what: 'licenses' }}
      columns={COLUMNS}
      rows={licenses}
      empty={{
        title: 'No licenses yet',
        description: 'Licenses appear here once your organization acquires them.',
      }}
    />
  );
}
