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
import type { ComponentProps } from 'react';
import type { DashboardPayload, PortalSection } from '../../../common/api-types';
import type { InventoryView } from '../../../common/assignments-api';
import { EXPIRING_SOON_DAYS } from '../../../common/license-status';
import { useSession } from '../../api/session';
import { KpiCard } from '../../components/KpiCard';

type Kpis = DashboardPayload['kpis'];
type Target = NonNullable<ComponentProps<typeof KpiCard>['to']> & { section: PortalSection };

/** My Licenses' License Keys tab with these filters (the same URL parameters the tab writes). */
const licenseKeys = (search: Record<string, string>, what: string): Target => ({
  section: 'licenses',
  path: '/licenses',
  search: { tab: 'keys', ...search },
  what,
});

/** Hints that name whose licenses a card counts, which the "Assigned to me" view changes. */
const MINE_HINTS: Partial<Record<keyof Kpis, string>> = {
  totalLicenses: 'Assigned to you',
  availableLicenses: 'Seats assigned to you',
};

/** Each figure with the list it counts, filtered as the figure is (README, KPI definitions). */
const KPIS: { key: keyof Kpis; label: string; hint: string; icon: Icon; target: Target }[] = [
  {
    key: 'totalLicenses',
    label: 'Total Licenses',
    hint: 'Assigned to your organization',
    icon: IconLicense,
    target: licenseKeys({}, 'every license key'),
  },
  {
    key: 'activeLicenses',
    label: 'Active Licenses',
    hint: 'Valid, not expired or suspended',
    icon: IconCircleCheck,
    target: licenseKeys({ status: 'active' }, 'the active licenses'),
  },
  {
    key: 'activationsInUse',
    label: 'Activations in Use',
    hint: 'Devices and domains activated now',
    icon: IconDevices,
    target: { section: 'activations', path: '/activations', what: 'the activations' },
  },
  {
    key: 'expiringSoon',
    label: 'Expiring Soon',
    hint: `Expire within ${EXPIRING_SOON_DAYS} days`,
    icon: IconHourglass,
    target: licenseKeys(
      { expiring: String(EXPIRING_SOON_DAYS), sort: 'expiresAt', direction: 'asc' },
      `the licenses expiring within ${EXPIRING_SOON_DAYS} days`,
    ),
  },
  {
    key: 'availableLicenses',
    label: 'Available Licenses',
    hint: 'Seats transferred to your organization',
    icon: IconStack2,
    target: licenseKeys({}, 'every license and its seats'),
  },
  {
    key: 'activatedLicenses',
    label: 'Activated Licenses',
    hint: 'Seats held by live activations',
    icon: IconPlugConnected,
    target: { section: 'activations', path: '/activations', what: 'the activations holding them' },
  },
  {
    key: 'unactivatedLicenses',
    label: 'Unactivated Licenses',
    hint: 'Free seats of active licenses (not suspended or expired)',
    icon: IconKey,
    target: licenseKeys({ status: 'active' }, 'the active licenses and their free seats'),
  },
  {
    key: 'totalMembers',
    label: 'Total Members',
    hint: 'Active users in your organization',
    icon: IconUsers,
    target: { section: 'members', path: '/members', what: 'the members' },
  },
];

interface KpiGridProps {
  /** Undefined while loading. */
  kpis: Kpis | undefined;
  /** Whether the member count is part of this member's dashboard (known before the data arrives). */
  withMembers: boolean;
  /** Whose licenses the figures count; the license lists they link to follow it. */
  view: InventoryView;
}

/** The linked list shows the same view as the Dashboard: the member's licenses, or all of them. */
function inView(target: Target, view: InventoryView): Target {
  if (target.path !== '/licenses') return target;
  return { ...target, search: { ...target.search, assigned: view === 'mine' ? 'me' : 'all' } };
}

export function KpiGrid({ kpis, withMembers, view }: KpiGridProps) {
  const { sections } = useSession();
  const shown = KPIS.filter(({ key }) =>
    kpis ? kpis[key] !== undefined : key !== 'totalMembers' || withMembers,
  );
  return (
    <SimpleGrid component="dl" m={0} cols={{ base: 2, lg: 4 }} spacing="md">
      {shown.map(({ key, label, hint, icon, target }) => (
        <KpiCard
          key={key}
          label={label}
          value={kpis?.[key]}
          hint={(view === 'mine' && MINE_HINTS[key]) || hint}
          icon={icon}
          color={key === 'expiringSoon' && kpis && kpis.expiringSoon > 0 ? 'orange' : undefined}
          to={sections.includes(target.section) ? inView(target, view) : undefined}
        />
      ))}
    </SimpleGrid>
  );
}
