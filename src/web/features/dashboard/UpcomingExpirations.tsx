import { Text } from '@mantine/core';
import type { DashboardPayload } from '../../../common/api-types';
import { daysLeftText } from '../../../common/format/days-left';
import { EXPIRING_SOON_DAYS } from '../../../common/license-status';
import { DateTime } from '../../components/DateTime';
import { FilteredLink } from '../../components/FilteredLink';
import { SECTIONS } from '../../components/sections';
import { RecentCard, type Column } from './RecentCard';

type Expiring = DashboardPayload['upcomingExpirations'][number] & { id: number };

const SOON_MS = EXPIRING_SOON_DAYS * 86_400_000;

const COLUMNS: Column<Expiring>[] = [
  { header: 'Product', cell: (license) => license.productName },
  { header: 'Entitlement', cell: (license) => license.entitlementPublicId, nowrap: true },
  {
    header: 'License key',
    cell: (license) => (
      <Text ff="monospace" size="sm">
        {license.maskedKey}
      </Text>
    ),
    nowrap: true,
  },
  { header: 'Expires', cell: (license) => <DateTime value={license.expiresAt} />, nowrap: true },
  {
    header: 'Days left',
    cell: (license) => {
      const soon = Date.parse(license.expiresAt) - Date.now() <= SOON_MS;
      return (
        // Bold, not orange: Mantine's orange fails AA contrast on both schemes' backgrounds.
        <Text size="sm" fw={soon ? 700 : undefined}>
          {daysLeftText(license.expiresAt, new Date())}
        </Text>
      );
    },
    nowrap: true,
  },
  {
    header: 'Renewal',
    // The license's card in My Licenses, where the renewal advice lives (spec: dashboard.md, Troubleshooting).
    cell: (license) => (
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
        aria-label={`Renewal options for ${license.productName} (${license.entitlementPublicId})`}
      >
        Renewal options
      </FilteredLink>
    ),
    nowrap: true,
  },
];

/** The licenses that expire next, with the days left and the way to renew each (spec: "upcoming expirations at a glance"). */
export function UpcomingExpirations({
  licenses,
}: {
  licenses: DashboardPayload['upcomingExpirations'] | undefined;
}) {
  return (
    <RecentCard
      title="Upcoming Expirations"
      viewAll={{
        section: 'licenses',
        what: 'licenses by expiry',
        search: { tab: 'keys', status: 'active', sort: 'expiresAt', direction: 'asc' },
      }}
      columns={COLUMNS}
      rows={licenses?.map((license) => ({ ...license, id: license.licenseId }))}
      empty={{
        title: 'No upcoming expirations',
        description: 'None of your valid licenses has an expiry date.',
      }}
    />
  );
}
