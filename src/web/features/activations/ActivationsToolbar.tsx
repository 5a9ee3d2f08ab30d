import { Group, Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useActivationProducts } from '../../api/activation-products';
import { DateRangeFilter } from '../../components/DateRangeFilter';
import { SearchInput } from '../../components/SearchInput';
import type { ActivationUrlFilters } from './activation-filters';
import { useTranslation } from 'react-i18next';

const ALL = 'all';

interface ToolbarProps {
  filters: { from?: string; to?: string; productId?: number; q?: string };
  onChange: (patch: ActivationUrlFilters) => void;
  children: ReactNode;
}

/** Date range, product and text search; every change lands in the URL. `children` are the table's menus. */
export function ActivationsToolbar({ filters, onChange, children }: ToolbarProps) {
  const products = useActivationProducts();
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <DateRangeFilter from={filters.from} to={filters.to} onChange={(range) => onChange(range)} />
      <Select
        label={t('activations.toolbar.product')}
        placeholder={products.isError ? t('activations.toolbar.productsFailed') : undefined}
        data={[
          { value: ALL, label: t('activations.toolbar.allProducts') },
          ...(products.data ?? []).map((product) => ({
            value: String(product.id),
            label: product.name,
          })),
        ]}
        value={filters.productId ? String(filters.productId) : ALL}
        onChange={(productId) =>
          onChange({ productId: productId === ALL ? undefined : (productId ?? undefined) })
        }
        allowDeselect={false}
        searchable
        w={220}
      />
      <SearchInput
        placeholder={t('activations.toolbar.searchPlaceholder')}
        value={filters.q ?? ''}
        onChange={(q) => onChange({ q })}
      />
      {children}
    </Group>
  );
}
