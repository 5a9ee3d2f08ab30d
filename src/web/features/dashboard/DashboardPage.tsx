import { Group, Stack } from '@mantine/core';
import { memo, useDeferredValue, useState } from 'react';
import type { DashboardPayload } from '../../../common/api-types';
import type { InventoryView } from '../../../common/assignments-api';
import { useDashboard } from './api/dashboard';
import { useSession } from '../../api/session';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { EndingFeatures } from './EndingFeatures';
import { InviteTeamCard } from './InviteTeamCard';
import { KpiGrid } from './KpiGrid';
import { QuickActions } from './QuickActions';
import { RecentActivations } from './RecentActivations';
import { RecentAuditEvents } from './RecentAuditEvents';
import { RecentLicenses } from './RecentLicenses';
import { SeatUsage } from './SeatUsage';
import { UpcomingExpirations } from './UpcomingExpirations';
import { ViewSwitch } from './ViewSwitch';
import { useTranslation } from 'react-i18next';

export function DashboardPage() {
  const { organization, abilities } = useSession();
  const { t } = useTranslation();
  const [view, setView] = useState<InventoryView | undefined>(undefined);
  const dashboard = useDashboard(view);
  // The query's answer arrives as a synchronous update; its deferred copy lets React render
  // the filled page in slices between which the browser stays responsive (decision 151).
  const data = useDeferredValue(dashboard.data);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <PageHeader
          title={t('dashboard.title')}
          description={t('dashboard.description', { organization: organization.name })}
        />
        {data && data.assignedLicenses > 0 && <ViewSwitch value={data.view} onChange={setView} />}
      </Group>
      {dashboard.error && !data ? (
        <ErrorState
          title={t('dashboard.loadFailed')}
          error={dashboard.error}
          onRetry={() => dashboard.refetch()}
          retrying={dashboard.isFetching}
        />
      ) : (
        <DashboardSections
          data={data}
          withMembers={abilities.includes('dashboard.viewMemberCount')}
        />
      )}
    </Stack>
  );
}

/**
 * Everything below the header. Memoized: the page renders again at once for each change of
 * its query, with the deferred data unchanged, and these sections need not (decision 151).
 */
const DashboardSections = memo(function DashboardSections({
  data,
  withMembers,
}: {
  /** Undefined while loading. */
  data: DashboardPayload | undefined;
  withMembers: boolean;
}) {
  return (
    <>
      <KpiGrid kpis={data?.kpis} withMembers={withMembers} view={data?.view ?? 'organization'} />
      <UpcomingExpirations licenses={data?.upcomingExpirations} />
      <SeatUsage />
      <QuickActions />
      <InviteTeamCard />
      <RecentLicenses licenses={data?.recentLicenses} />
      <EndingFeatures features={data?.endingFeatures} />
      <RecentActivations activations={data?.recentActivations} />
      <RecentAuditEvents events={data?.recentAuditEvents} />
    </>
  );
});
