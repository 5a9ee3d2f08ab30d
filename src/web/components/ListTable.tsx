import 'mantine-datatable/styles.css';
import { DataTable, type DataTableColumn, type DataTableSortStatus } from 'mantine-datatable';
import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';

interface ListTableProps<Row> {
  /** The table's accessible name. */
  label: string;
  columns: DataTableColumn<Row>[];
  /** Undefined until the first page arrives. */
  rows: Row[] | undefined;
  idAccessor: keyof Row & string;
  /** A page is being fetched (the previous one stays visible meanwhile). */
  fetching: boolean;
  empty: { title: string; description: string; action?: ReactNode };
  sortStatus?: DataTableSortStatus<Row>;
  onSortStatusChange?: (status: DataTableSortStatus<Row>) => void;
  /** Row checkboxes: the selected rows, and each row's accessible name. */
  selection?: { selected: Row[]; onChange: (rows: Row[]) => void; isSelectable: (row: Row) => boolean; rowLabel: (row: Row) => string };
}

/** The portal's data table: one look for every list, with loading and empty states. */
export function ListTable<Row>({ label, columns, rows, idAccessor, fetching, empty, sortStatus, onSortStatusChange, selection }: ListTableProps<Row>) {
  // Both or neither: the table's props type allows nothing in between.
  const sorting = sortStatus && onSortStatusChange ? { sortStatus, onSortStatusChange } : {};
  const selecting = selection
    ? {
        selectedRecords: selection.selected,
        onSelectedRecordsChange: selection.onChange,
        isRecordSelectable: selection.isSelectable,
        getRecordSelectionCheckboxProps: (row: Row) => ({ 'aria-label': `Select ${selection.rowLabel(row)}` }),
        allRecordsSelectionCheckboxProps: { 'aria-label': 'Select every row on this page' },
      }
    : {};
  return (
    <DataTable<Row>
      aria-label={label}
      aria-busy={fetching}
      withTableBorder
      borderRadius="md"
      striped
      highlightOnHover
      verticalSpacing="sm"
      minHeight={rows?.length ? undefined : 220}
      columns={columns}
      records={rows ?? []}
      idAccessor={idAccessor}
      fetching={fetching}
      emptyState={
        <EmptyState title={empty.title} description={empty.description}>
          {empty.action}
        </EmptyState>
      }
      {...(sorting as { sortStatus: DataTableSortStatus<Row>; onSortStatusChange: typeof onSortStatusChange })}
      {...(selecting as { selectedRecords?: Row[]; onSelectedRecordsChange?: (rows: Row[]) => void })}
    />
  );
}
