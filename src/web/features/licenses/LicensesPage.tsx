import { Button, Group, Stack, Tabs } from '@mantine/core';
import { IconStethoscope } from '@tabler/icons-react';
import { useState } from 'react';
import { useSession } from '../../api/session';
import { PageHeader } from '../../components/PageHeader';
import { useUrlFilters } from '../../components/use-url-filters';
import { DiagnoseModal } from './DiagnoseModal';
import { EntitlementsTab } from './EntitlementsTab';
import { LICENSE_URL_KEYS, parseLicenseFilters } from './license-filters';
import { ProductsTab } from './ProductsTab';

export function LicensesPage() {
  const { organization, abilities } = useSession();
  const [diagnosing, setDiagnosing] = useState(false);
  const [url, setUrl] = useUrlFilters(LICENSE_URL_KEYS);
  const filters = parseLicenseFilters(url);
  // Each tab has its own filters: switching starts from none.
  const switchTab = (tab: string | null) =>
    setUrl(Object.fromEntries(LICENSE_URL_KEYS.map((key) => [key, key === 'tab' && tab === 'entitlements' ? 'entitlements' : undefined])));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <PageHeader title="Licenses" description={`The license inventory of ${organization.name}, by product or by entitlement.`} />
        {abilities.includes('licenses.diagnose') && (
          <Button variant="default" leftSection={<IconStethoscope size={16} aria-hidden />} onClick={() => setDiagnosing(true)}>
            Check a key
          </Button>
        )}
      </Group>
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
      <DiagnoseModal opened={diagnosing} onClose={() => setDiagnosing(false)} />
    </Stack>
  );
}
