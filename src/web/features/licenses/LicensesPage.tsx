import { Button } from '@mantine/core';
import { IconStethoscope } from '@tabler/icons-react';
import { useState } from 'react';
import { useSession } from '../../api/session';
import { TabbedListPage } from '../../components/TabbedListPage';
import { useUrlFilters } from '../../components/use-url-filters';
import { DiagnoseModal } from './DiagnoseModal';
import { EntitlementsTab } from './EntitlementsTab';
import { LicenseKeysTab } from './LicenseKeysTab';
import { LICENSE_URL_KEYS, parseLicenseFilters } from './license-filters';
import { ProductsTab } from './ProductsTab';

export function LicensesPage() {
  const { organization, abilities, defaultView } = useSession();
  const [diagnosing, setDiagnosing] = useState(false);
  const [url, setUrl] = useUrlFilters(LICENSE_URL_KEYS);
  const filters = parseLicenseFilters(url, defaultView);
  // Each tab has its own filters: switching starts from none.
  // The Assigned to filter stays: it is the member's view, not a tab's.
  const switchTab = (tab: string) =>
    setUrl(
      Object.fromEntries(
        LICENSE_URL_KEYS.map((key) => [
          key,
          key === 'tab' && tab !== 'products' ? tab : key === 'assigned' ? url.assigned : undefined,
        ]),
      ),
    );

  return (
    <TabbedListPage
      title="My Licenses"
      description={`The license inventory of ${organization.name}: by product, by entitlement, or every license key.`}
      action={
        abilities.includes('licenses.diagnose') && (
          <Button
            variant="default"
            leftSection={<IconStethoscope size={16} aria-hidden />}
            onClick={() => setDiagnosing(true)}
          >
            Check a key
          </Button>
        )
      }
      tab={filters.tab}
      onTabChange={switchTab}
      tabs={[
        {
          value: 'products',
          label: 'Products',
          panel: <ProductsTab filters={filters} onFiltersChange={setUrl} />,
        },
        {
          value: 'entitlements',
          label: 'Entitlements',
          panel: <EntitlementsTab filters={filters} onFiltersChange={setUrl} />,
        },
        {
          value: 'keys',
          label: 'License Keys',
          panel: <LicenseKeysTab filters={filters} onFiltersChange={setUrl} />,
        },
      ]}
    >
      <DiagnoseModal opened={diagnosing} onClose={() => setDiagnosing(false)} />
    </TabbedListPage>
  );
}
