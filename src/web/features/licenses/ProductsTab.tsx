import { Anchor, Group, Stack } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { PRODUCT_SORT_COLUMNS, type LicenseProductItem } from '../../../common/licenses-api';
import { useLicenseProducts } from './api/license-products';
import { ListTable } from '../../components/ListTable';
import { PagedList } from '../../components/PagedList';
import { SearchInput } from '../../components/SearchInput';
import { useCursorPages } from '../../components/use-cursor-pages';
import { assigneeText } from './assignee-text';
import { AssigneeFilter } from './AssigneeFilter';
import { productsQueryOf } from './first-page';
import type { TabProps } from './license-filters';
import { ProductPanel } from './ProductPanel';
import { useLabels } from '../../i18n/labels';
import { useTranslation } from 'react-i18next';

export function ProductsTab({ filters, onFiltersChange }: TabProps) {
  const { q, assigned, productSort: sort, direction, size, open } = filters;
  const { t } = useTranslation();
  const labels = useLabels();
  const pages = useCursorPages(JSON.stringify([q, assigned, sort, direction, size]));
  const products = useLicenseProducts(productsQueryOf(filters, pages.cursor));

  const columns: DataTableColumn<LicenseProductItem>[] = [
    {
      accessor: 'name',
      title: t('licenses.columns.productName'),
      render: (product) => (
        <Anchor
          component="button"
          type="button"
          fw={500}
          onClick={() => onFiltersChange({ open: String(product.productId) })}
        >
          {product.name}
        </Anchor>
      ),
    },
    {
      accessor: 'licenseType',
      title: t('licenses.columns.productType'),
      render: (product) => labels.licenseType(product.licenseType),
    },
    { accessor: 'description', title: t('licenses.columns.productDescription') },
    {
      accessor: 'assignees',
      title: t('licenses.columns.assignedTo'),
      render: (product) => assigneeText(product.assignees),
    },
  ];

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm">
        <AssigneeFilter value={assigned} onChange={(next) => onFiltersChange({ assigned: next })} />
        <SearchInput
          placeholder={t('licenses.products.searchPlaceholder')}
          value={q}
          onChange={(next) => onFiltersChange({ q: next })}
        />
      </Group>
      <PagedList
        label={t('licenses.tabs.products')}
        query={products}
        pages={pages}
        pageSize={size}
        onPageSizeChange={(next) => onFiltersChange({ size: String(next) })}
        errorTitle={t('licenses.products.loadFailed')}
      >
        {(rows) => (
          <ListTable
            label={t('licenses.products.label')}
            columns={columns}
            rows={rows}
            idAccessor="productId"
            fetching={products.isFetching}
            empty={{
              title: t('licenses.products.emptyTitle'),
              description:
                q || assigned !== 'all'
                  ? t('licenses.products.emptyFiltered')
                  : t('licenses.noLicensesYet'),
            }}
            sort={{
              column: sort,
              direction,
              sortable: PRODUCT_SORT_COLUMNS,
              onChange: (column, next) => onFiltersChange({ sort: column, direction: next }),
            }}
          />
        )}
      </PagedList>
      <ProductPanel productId={open} onClose={() => onFiltersChange({ open: undefined })} />
    </Stack>
  );
}
