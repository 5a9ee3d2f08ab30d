import { Group, Stack } from '@mantine/core';
import { useState } from 'react';
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

export function DashboardPage() {
  const { organization, abilities } = useSession();
  const [view, setView] = useState<InventoryView | undefined>(undefined);
  const dashboard = useDashboard(view);
  const data = dashboard.data;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <PageHeader
          title="Dashboard"
          description={`Licenses, activations and recent activity of ${organization.name}.`}
        />
        {data && data.assignedLicenses > 0 && <ViewSwitch value={data.view} onChange={setView} />}
      </Group>
      {dashboard.error && !data ? (
        <ErrorState
          title="The dashboard could not be loaded"
          error={dashboard.error}
          onRetry={() => dashboard.refetch()}
          retrying={dashboard.isFetching}
        />
      ) : (
        <>
          <KpiGrid
            kpis={data?.kpis}
            withMembers={abilities.includes('dashboard.viewMemberCount')}
            view={data?.view ?? 'organization'}
          />
          <UpcomingExpirations licenses={data?.upcomingExpirations} />
          <SeatUsage />
          <QuickActions />
          <InviteTeamCard />
          <RecentLicenses licenses={data?.recentLicenses} />
          <EndingFeatures features={data?.endingFeatures} />
          <RecentActivations activations={data?.recentActivations} />
          <RecentAuditEvents events={data?.recentAuditEvents} />
        </>
      )}
    </Stack>
  );
}
