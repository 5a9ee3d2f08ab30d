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
import type { TabProps } from './license-filters';
import { ProductPanel } from './ProductPanel';
import { licenseTypeLabel } from '../../../common/labels';

export function ProductsTab({ filters, onFiltersChange }: TabProps) {
  const { q, assigned, productSort: sort, direction, size, open } = filters;
  const pages = useCursorPages(JSON.stringify([q, assigned, sort, direction, size]));
  const products = useLicenseProducts({
    q: q || undefined,
    assigned: assigned === 'all' ? undefined : assigned,
    sort,
    direction,
    cursor: pages.cursor,
    limit: size,
  });

  const columns: DataTableColumn<LicenseProductItem>[] = [
    {
      accessor: 'name',
      title: 'Product Name',
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
      title: 'Product Type',
      render: (product) => licenseTypeLabel(product.licenseType),
    },
    { accessor: 'description', title: 'Product Description' },
    {
      accessor: 'assignees',
      title: 'Assigned to',
      render: (product) => assigneeText(product.assignees),
    },
  ];

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm">
        <AssigneeFilter value={assigned} onChange={(next) => onFiltersChange({ assigned: next })} />
        <SearchInput
          placeholder="Search by product name or type"
          value={q}
          onChange={(next) => onFiltersChange({ q: next })}
        />
      </Group>
      <PagedList
        label="Products"
        query={products}
        pages={pages}
        pageSize={size}
        onPageSizeChange={(next) => onFiltersChange({ size: String(next) })}
        errorTitle="The products could not be loaded"
      >
        {(rows) => (
          <ListTable
            label="Licensed products"
            columns={columns}
            rows={rows}
            idAccessor="productId"
            fetching={products.isFetching}
            empty={{
              title: 'No products found',
              description:
                q || assigned !== 'all'
                  ? 'No product matches these filters.'
                  : 'This organization holds no licenses yet.',
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
