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
import { useTranslation } from 'react-i18next';

type Kpis = DashboardPayload['kpis'];
type Target = NonNullable<ComponentProps<typeof KpiCard>['to']> & { section: PortalSection };

/** My Licenses' License Keys tab with these filters (the same URL parameters the tab writes). */
const licenseKeys = (search: Record<string, string>, what: string): Target => ({
  section: 'licenses',
  path: '/licenses',
  search: { tab: 'keys', ...search },
  what,
});

/** Keys of the hints that name whose licenses a card counts, which the "Assigned to me" view changes. */
const MINE_HINTS: Partial<Record<keyof Kpis, string>> = {
  totalLicenses: 'dashboard.kpi.totalLicenses.hintMine',
  availableLicenses: 'dashboard.kpi.availableLicenses.hintMine',
};

/** Each figure with the list it counts, filtered as the figure is (README, KPI definitions); texts are translation keys. */
const KPIS: { key: keyof Kpis; label: string; hint: string; icon: Icon; target: Target }[] = [
  {
    key: 'totalLicenses',
    label: 'dashboard.kpi.totalLicenses.label',
    hint: 'dashboard.kpi.totalLicenses.hint',
    icon: IconLicense,
    target: licenseKeys({}, 'dashboard.kpi.totalLicenses.what'),
  },
  {
    key: 'activeLicenses',
    label: 'dashboard.kpi.activeLicenses.label',
    hint: 'dashboard.kpi.activeLicenses.hint',
    icon: IconCircleCheck,
    target: licenseKeys({ status: 'active' }, 'dashboard.kpi.activeLicenses.what'),
  },
  {
    key: 'activationsInUse',
    label: 'dashboard.kpi.activationsInUse.label',
    hint: 'dashboard.kpi.activationsInUse.hint',
    icon: IconDevices,
    target: {
      section: 'activations',
      path: '/activations',
      what: 'dashboard.kpi.activationsInUse.what',
    },
  },
  {
    key: 'expiringSoon',
    label: 'dashboard.kpi.expiringSoon.label',
    hint: 'dashboard.kpi.expiringSoon.hint',
    icon: IconHourglass,
    target: licenseKeys(
      { expiring: String(EXPIRING_SOON_DAYS), sort: 'expiresAt', direction: 'asc' },
      'dashboard.kpi.expiringSoon.what',
    ),
  },
  {
    key: 'availableLicenses',
    label: 'dashboard.kpi.availableLicenses.label',
    hint: 'dashboard.kpi.availableLicenses.hint',
    icon: IconStack2,
    target: licenseKeys({}, 'dashboard.kpi.availableLicenses.what'),
  },
  {
    key: 'activatedLicenses',
    label: 'dashboard.kpi.activatedLicenses.label',
    hint: 'dashboard.kpi.activatedLicenses.hint',
    icon: IconPlugConnected,
    target: {
      section: 'activations',
      path: '/activations',
      what: 'dashboard.kpi.activatedLicenses.what',
    },
  },
  {
    key: 'unactivatedLicenses',
    label: 'dashboard.kpi.unactivatedLicenses.label',
    hint: 'dashboard.kpi.unactivatedLicenses.hint',
    icon: IconKey,
    target: licenseKeys({ status: 'active' }, 'dashboard.kpi.unactivatedLicenses.what'),
  },
  {
    key: 'totalMembers',
    label: 'dashboard.kpi.totalMembers.label',
    hint: 'dashboard.kpi.totalMembers.hint',
    icon: IconUsers,
    target: { section: 'members', path: '/members', what: 'dashboard.kpi.totalMembers.what' },
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
  const { t } = useTranslation();
  const shown = KPIS.filter(({ key }) =>
    kpis ? kpis[key] !== undefined : key !== 'totalMembers' || withMembers,
  );
  return (
    <SimpleGrid component="dl" m={0} cols={{ base: 2, lg: 4 }} spacing="md">
      {shown.map(({ key, label, hint, icon, target }) => (
        <KpiCard
          key={key}
          label={t(label, { days: EXPIRING_SOON_DAYS })}
          value={kpis?.[key]}
          hint={t((view === 'mine' && MINE_HINTS[key]) || hint, { days: EXPIRING_SOON_DAYS })}
          icon={icon}
          color={key === 'expiringSoon' && kpis && kpis.expiringSoon > 0 ? 'orange' : undefined}
          to={
            sections.includes(target.section)
              ? { ...inView(target, view), what: t(target.what, { days: EXPIRING_SOON_DAYS }) }
              : undefined
          }
        />
      ))}
    </SimpleGrid>
  );
}
