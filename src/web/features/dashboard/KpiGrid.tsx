import { SimpleGrid } from '@mantine/core';
import {
  IconCircleCheck,
  IconDevices,
  IconHourglass,
  IconKey,
  IconLicense,
  IconPlugConnected,
  IconStack2,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { DashboardPayload } from '../../../common/api-types';
import { EXPIRING_SOON_DAYS } from '../../../common/license-status';
import { KpiCard } from '../../components/KpiCard';

type Kpis = DashboardPayload['kpis'];

const KPIS: { key: keyof Kpis; label: string; hint: string; icon: Icon }[] = [
  { key: 'totalLicenses', label: 'Total Licenses', hint: 'Assigned to your organization', icon: IconLicense },
  { key: 'activeLicenses', label: 'Active Licenses', hint: 'Valid, not expired or suspended', icon: IconCircleCheck },
  { key: 'activationsInUse', label: 'Activations in Use', hint: 'Devices and domains activated now', icon: IconDevices },
  { key: 'expiringSoon', label: 'Expiring Soon', hint: `Expire within ${EXPIRING_SOON_DAYS} days`, icon: IconHourglass },
  { key: 'availableLicenses', label: 'Available Licenses', hint: 'Seats transferred to your organization', icon: IconStack2 },
  { key: 'activatedLicenses', label: 'Activated Licenses', hint: 'Seats held by live activations', icon: IconPlugConnected },
  { key: 'unactivatedLicenses', label: 'Unactivated Licenses', hint: 'Free seats of active licenses (not suspended or expired)', icon: IconKey },
  { key: 'totalMembers', label: 'Total Members', hint: 'Active users in your organization', icon: IconUsers },
];

interface KpiGridProps {
  /** Undefined while loading. */
  kpis: Kpis | undefined;
  /** Whether the member count is part of this member's dashboard (known before the data arrives). */
  withMembers: boolean;
}

export function KpiGrid({ kpis, withMembers }: KpiGridProps) {
  const shown = KPIS.filter(({ key }) => (kpis ? kpis[key] !== undefined : key !== 'totalMembers' || withMembers));
  return (
    <SimpleGrid component="dl" m={0} cols={{ base: 2, lg: 4 }} spacing="md">
      {shown.map(({ key, label, hint, icon }) => (
        <KpiCard
          key={key}
          label={label}
          value={kpis?.[key]}
          hint={hint}
          icon={icon}
          color={key === 'expiringSoon' && kpis && kpis.expiringSoon > 0 ? 'orange' : undefined}
        />
      ))}
    </SimpleGrid>
  );
}
