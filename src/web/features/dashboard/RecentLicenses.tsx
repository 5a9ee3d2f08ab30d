import { Text } from '@mantine/core';
import type { DashboardPayload } from '../../../common/api-types';
import { DateTime } from '../../components/DateTime';
import { StatusBadge } from '../../components/StatusBadge';
import { RecentCard, type Column } from './RecentCard';
import { useTranslation } from 'react-i18next';

type License = DashboardPayload['recentLicenses'][number];

const COLUMNS: Column<License>[] = [
  {
    header: 'dashboard.columns.licenseKey',
    cell: (license) => (
      <Text ff="monospace" size="sm">
        {license.maskedKey}
      </Text>
    ),
    nowrap: true,
  },
  { header: 'dashboard.columns.product', cell: (license) => license.productName },
  {
    header: 'dashboard.columns.status',
    cell: (license) => <StatusBadge status={license.status} />,
    nowrap: true,
  },
  {
    header: 'dashboard.columns.added',
    cell: (license) => <DateTime value={license.addedAt} />,
    nowrap: true,
  },
];

export function RecentLicenses({ licenses }: { licenses: License[] | undefined }) {
  const { t } = useTranslation();
  return (
    <RecentCard
      title={t('dashboard.recentLicenses.title')}
      viewAll={{ section: 'licenses', what: t('dashboard.recentLicenses.what') }}
      columns={COLUMNS}
      rows={licenses}
      empty={{
        title: t('dashboard.recentLicenses.emptyTitle'),
        description: t('dashboard.recentLicenses.emptyDescription'),
      }}
    />
  );
}
