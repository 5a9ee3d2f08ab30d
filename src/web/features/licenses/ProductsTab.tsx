import { Anchor, Group, Stack } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { PRODUCT_SORT_COLUMNS } from '../../../common/plain-values';
import type {
  LicenseProductItem,
  LicenseProductListQuery,
  ProductSortColumn,
} from '../../../common/licenses-api';
import { useLicenseProducts } from './api/license-products';
import { ListTable, type ListSort } from '../../components/ListTable';
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
      <ProductsList
        query={productsQueryOf(filters, pages.cursor)}
        pages={pages}
        size={size}
        onPageSizeChange={(next) => onFiltersChange({ size: String(next) })}
        columns={columns}
        filtered={Boolean(q) || assigned !== 'all'}
        sort={{
          column: sort,
          direction,
          sortable: PRODUCT_SORT_COLUMNS,
          onChange: (column, next) => onFiltersChange({ sort: column, direction: next }),
        }}
      />
      <ProductPanel productId={open} onClose={() => onFiltersChange({ open: undefined })} />
    </Stack>
  );
}

/**
 * The list and its pager. The query is subscribed here, not in the tab: each change of its
 * state (fetching, its answer) re-rendered the filters and the panel too, in one task
 * (decision 162).
 */
function ProductsList({
  query,
  pages,
  size,
  onPageSizeChange,
  columns,
  filtered,
  sort,
}: {
  query: LicenseProductListQuery;
  pages: ReturnType<typeof useCursorPages>;
  size: number;
  onPageSizeChange: (size: number) => void;
  columns: DataTableColumn<LicenseProductItem>[];
  filtered: boolean;
  sort: ListSort<ProductSortColumn>;
}) {
  const { t } = useTranslation();
  const products = useLicenseProducts(query);
  return (
    <PagedList
      label={t('licenses.tabs.products')}
      query={products}
      pages={pages}
      pageSize={size}
      onPageSizeChange={onPageSizeChange}
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
            description: filtered
              ? t('licenses.products.emptyFiltered')
              : t('licenses.noLicensesYet'),
          }}
          sort={sort}
        />
      )}
    </PagedList>
  );
}
