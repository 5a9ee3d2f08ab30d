import { Text } from '@mantine/core';
import type { DashboardPayload } from '../../../common/api-types';
import { daysLeft } from '../../../common/format/days-left';
import { EXPIRING_SOON_DAYS } from '../../../common/license-status';
import { DateTime } from '../../components/DateTime';
import { FilteredLink } from '../../components/FilteredLink';
import { SECTIONS } from '../../components/sections';
import { RecentCard, type Column } from './RecentCard';
import { useTranslation } from 'react-i18next';

type Expiring = DashboardPayload['upcomingExpirations'][number] & { id: number };

const SOON_MS = EXPIRING_SOON_DAYS * 86_400_000;

/** The time left in words: bold within the expiring-soon window. */
function DaysLeft({ expiresAt }: { expiresAt: string }) {
  const { t } = useTranslation();
  const soon = Date.parse(expiresAt) - Date.now() <= SOON_MS;
  const left = daysLeft(expiresAt, new Date());
  return (
    // Bold, not orange: Mantine's orange fails AA contrast on both schemes' backgrounds.
    <Text size="sm" fw={soon ? 700 : undefined}>
      {typeof left === 'number'
        ? t('dashboard.upcoming.daysLeft', { count: left })
        : t(`dashboard.upcoming.${left}`)}
    </Text>
  );
}

const COLUMNS: Column<Expiring>[] = [
  { header: 'dashboard.columns.product', cell: (license) => license.productName },
  {
    header: 'dashboard.columns.entitlement',
    cell: (license) => license.entitlementPublicId,
    nowrap: true,
  },
  {
    header: 'dashboard.columns.licenseKey',
    cell: (license) => (
      <Text ff="monospace" size="sm">
        {license.maskedKey}
      </Text>
    ),
    nowrap: true,
  },
  {
    header: 'dashboard.columns.expires',
    cell: (license) => <DateTime value={license.expiresAt} />,
    nowrap: true,
  },
  {
    header: 'dashboard.columns.daysLeft',
    cell: (license) => <DaysLeft expiresAt={license.expiresAt} />,
    nowrap: true,
  },
  {
    header: 'dashboard.columns.renewal',
    // The license's card in My Licenses, where the renewal advice lives (spec: dashboard.md, Troubleshooting).
    cell: (license) => <RenewalLink license={license} />,
    nowrap: true,
  },
];

function RenewalLink({ license }: { license: Expiring }) {
  const { t } = useTranslation();
  return (
    <FilteredLink
      path={SECTIONS.licenses.path}
      search={{
        tab: 'keys',
        status: 'active',
        sort: 'expiresAt',
        direction: 'asc',
        open: String(license.entitlementId),
        license: String(license.licenseId),
      }}
      size="sm"
      aria-label={t('dashboard.upcoming.renewalLabel', {
        product: license.productName,
        entitlement: license.entitlementPublicId,
      })}
    >
      {t('dashboard.upcoming.renewal')}
    </FilteredLink>
  );
}

/** The licenses that expire next, with the days left and the way to renew each (spec: "upcoming expirations at a glance"). */
export function UpcomingExpirations({
  licenses,
}: {
  licenses: DashboardPayload['upcomingExpirations'] | undefined;
}) {
  const { t } = useTranslation();
  return (
    <RecentCard
      title={t('dashboard.upcoming.title')}
      viewAll={{
        section: 'licenses',
        what: t('dashboard.upcoming.what'),
        search: { tab: 'keys', status: 'active', sort: 'expiresAt', direction: 'asc' },
      }}
      columns={COLUMNS}
      rows={licenses?.map((license) => ({ ...license, id: license.licenseId }))}
      empty={{
        title: t('dashboard.upcoming.emptyTitle'),
        description: t('dashboard.upcoming.emptyDescription'),
      }}
    />
  );
}
