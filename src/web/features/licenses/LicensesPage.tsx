import { Stack, Tabs } from '@mantine/core';
import { useSession } from '../../api/session';
import { PageHeader } from '../../components/PageHeader';
import { useUrlFilters } from '../../components/use-url-filters';
import { EntitlementsTab } from './EntitlementsTab';
import { LICENSE_URL_KEYS, parseLicenseFilters } from './license-filters';
import { ProductsTab } from './ProductsTab';

export function LicensesPage() {
  const { organization } = useSession();
  const [url, setUrl] = useUrlFilters(LICENSE_URL_KEYS);
  const filters = parseLicenseFilters(url);
  // Each tab has its own filters: switching starts from none.
  const switchTab = (tab: string | null) =>
    setUrl(Object.fromEntries(LICENSE_URL_KEYS.map((key) => [key, key === 'tab' && tab === 'entitlements' ? 'entitlements' : undefined])));

  return (
    <Stack gap="lg">
      <PageHeader title="Licenses" description={`The license inventory of ${organization.name}, by product or by entitlement.`} />
      <Tabs value={filters.tab} onChange={switchTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="products">Products</Tabs.Tab>
          <Tabs.Tab value="entitlements">Entitlements</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="products" pt="md">
          <ProductsTab filters={filters} onFiltersChange={setUrl} />
        </Tabs.Panel>
        <Tabs.Panel value="entitlements" pt="md">
          <EntitlementsTab filters={filters} onFiltersChange={setUrl} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
