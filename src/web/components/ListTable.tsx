import { DataTable, type DataTableColumn } from 'mantine-datatable';
import type { ReactNode } from 'react';
import type { SortDirection } from '../../common/page';
import { useSession } from '../api/session';
import { EmptyState } from './EmptyState';
import { keyboardScrollable } from './scroll-frame';
import { SortableTitle, sortableCellClass } from './SortableTitle';
import { useWhenSettled } from './use-after-first-paint';
import { useTranslation } from 'react-i18next';

export interface ListSort<Column extends string> {
  column: Column;
  direction: SortDirection;
  /** The columns whose title sorts the list. */
  sortable: readonly Column[];
  onChange: (column: Column, direction: SortDirection) => void;
}

/** Row checkboxes: the selected rows, which rows may be selected, and each row's accessible name. */
export interface ListSelection<Row> {
  selected: Row[];
  onChange: (rows: Row[]) => void;
  isSelectable: (row: Row) => boolean;
  rowLabel: (row: Row) => string;
}

interface ListTableProps<Row, Column extends string> {
  /** The table's accessible name. */
  label: string;
  columns: DataTableColumn<Row>[];
  /** Undefined until the first page arrives (and is rendered): the table shows it loading. */
  rows: Row[] | undefined;
  idAccessor: keyof Row & string;
  /** A page is being fetched (the previous one stays visible meanwhile). */
  fetching: boolean;
  empty: { title: string; description: string; action?: ReactNode };
  sort?: ListSort<Column>;
  selection?: ListSelection<Row>;
}

/** The portal's data table: one look for every list, with loading and empty states and sortable titles. */
export function ListTable<Row, Column extends string = string>({
  label,
  columns,
  rows,
  idAccessor,
  fetching,
  empty,
  sort,
  selection,
}: ListTableProps<Row, Column>) {
  const { density } = useSession().user.preferences;
  const { t } = useTranslation();
  const loading = fetching || rows === undefined;
  // The scroll area's scrollbars (shown on hover) mount once the rows are in and painted and the
  // browser is idle: mounted with the table, each read the viewport's scroll position inside a
  // commit, forcing the style and layout of the whole page being inserted (decision 162).
  const scrollbarsMounted = useWhenSettled(rows !== undefined && !fetching);
  const titled = columns.map((column) => {
    const accessor = column.accessor as Column;
    if (!sort?.sortable.includes(accessor) || typeof column.title !== 'string') return column;
    const direction = sort.column === accessor ? sort.direction : undefined;
    return {
      ...column,
      titleClassName: sortableCellClass,
      title: (
        <SortableTitle
          title={column.title}
          direction={direction}
          onSort={(next) => sort.onChange(accessor, next)}
        />
      ),
    };
  });
  const selecting = selection
    ? {
        selectedRecords: selection.selected,
        onSelectedRecordsChange: selection.onChange,
        isRecordSelectable: selection.isSelectable,
        getRecordSelectionCheckboxProps: (row: Row) => ({
          'aria-label': t('common.table.selectRow', { row: selection.rowLabel(row) }),
        }),
        allRecordsSelectionCheckboxProps: { 'aria-label': t('common.table.selectPage') },
      }
    : {};
  return (
    <DataTable<Row>
      aria-label={label}
      scrollAreaProps={{
        ...keyboardScrollable(label),
        scrollbars: scrollbarsMounted ? 'xy' : false,
      }}
      aria-busy={loading}
      withTableBorder
      borderRadius="md"
      striped
      highlightOnHover
      verticalSpacing={density === 'compact' ? 'xs' : 'sm'}
      minHeight={rows?.length ? undefined : 220}
      columns={titled}
      records={rows ?? []}
      idAccessor={idAccessor}
      fetching={loading}
      emptyState={
        <EmptyState title={empty.title} description={empty.description}>
          {empty.action}
        </EmptyState>
      }
      {...(selecting as {
        selectedRecords?: Row[];
        onSelectedRecordsChange?: (rows: Row[]) => void;
      })}
    />
  );
}
