import { getRouteApi } from '@tanstack/react-router';
import { Button } from '@mantine/core';
import { IconStethoscope } from '@tabler/icons-react';
import { useState } from 'react';
import { useSession } from '../../api/session';
import { TabbedListPage } from '../../components/TabbedListPage';
import { useSearchUpdate } from '../../search-params';
import { DiagnoseModal } from './DiagnoseModal';
import { EntitlementsTab } from './EntitlementsTab';
import { LicenseKeysTab } from './LicenseKeysTab';
import { parseLicenseFilters, type LicenseSearch } from './license-filters';
import { ProductsTab } from './ProductsTab';
import { useTranslation } from 'react-i18next';

const route = getRouteApi('/signed-in/licenses');

export function LicensesPage() {
  const { organization, abilities, defaultView } = useSession();
  const [diagnosing, setDiagnosing] = useState(false);
  const { t } = useTranslation();
  const url = route.useSearch();
  const setUrl = useSearchUpdate<LicenseSearch>();
  const filters = parseLicenseFilters(url, defaultView);
  // Each tab has its own filters: switching starts from none.
  // The Assigned to filter stays: it is the member's view, not a tab's.
  const switchTab = (tab: string) =>
    setUrl({
      ...Object.fromEntries(Object.keys(url).map((key) => [key, undefined])),
      tab: tab === 'products' ? undefined : tab,
      assigned: url.assigned,
    });

  return (
    <TabbedListPage
      title={t('licenses.title')}
      description={t('licenses.description', { organization: organization.name })}
      action={
        abilities.includes('licenses.diagnose') && (
          <Button
            variant="default"
            leftSection={<IconStethoscope size={16} aria-hidden />}
            onClick={() => setDiagnosing(true)}
          >
            {t('licenses.checkKey')}
          </Button>
        )
      }
      tab={filters.tab}
      onTabChange={switchTab}
      tabs={[
        {
          value: 'products',
          label: t('licenses.tabs.products'),
          panel: <ProductsTab filters={filters} onFiltersChange={setUrl} />,
        },
        {
          value: 'entitlements',
          label: t('licenses.tabs.entitlements'),
          panel: <EntitlementsTab filters={filters} onFiltersChange={setUrl} />,
        },
        {
          value: 'keys',
          label: t('licenses.tabs.keys'),
          panel: <LicenseKeysTab filters={filters} onFiltersChange={setUrl} />,
        },
      ]}
    >
      <DiagnoseModal opened={diagnosing} onClose={() => setDiagnosing(false)} />
    </TabbedListPage>
  );
}
