import { Group, Paper, Table, Title } from '@mantine/core';
import { Placeholder } from '../../components/Placeholder';
import { useId, type ReactNode } from 'react';
import type { PortalSection } from '../../../common/api-types';
import { EmptyState } from '../../components/EmptyState';
import { keyboardScrollableFrame } from '../../components/scroll-frame';
import { ViewAllLink } from './ViewAllLink';
import { useTranslation } from 'react-i18next';

export interface Column<T> {
  /** A translation key. */
  header: string;
  cell: (row: T) => ReactNode;
  nowrap?: boolean;
}

interface RecentCardProps<T> {
  title: string;
  /** Where "View all" leads, and what it lists. */
  viewAll: { section: PortalSection; what: string; search?: Record<string, string> };
  columns: Column<T>[];
  /** Undefined while loading. */
  rows: T[] | undefined;
  empty: { title: string; description: string };
}

const SKELETON_ROWS = 3;

/** A dashboard card listing the newest few records of one kind. */
export function RecentCard<T extends { id: number }>({
  title,
  viewAll,
  columns,
  rows,
  empty,
}: RecentCardProps<T>) {
  const titleId = useId();
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={titleId}>
          {title}
        </Title>
        <ViewAllLink {...viewAll} />
      </Group>
      {rows?.length === 0 ? (
        <EmptyState title={empty.title} description={empty.description} />
      ) : (
        // Native scrolling: Mantine's scroll area measured itself as it mounted, forcing the
        // style and layout of the whole Dashboard inside the render that inserts it (decision 146).
        <Table.ScrollContainer minWidth={480} type="native" {...keyboardScrollableFrame(title)}>
          <Table
            aria-labelledby={titleId}
            verticalSpacing="sm"
            highlightOnHover={rows !== undefined}
          >
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column.header}>{t(column.header)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            {/* Its own key per state: the placeholder rows leave as one body, not row by row
                (each removed row restyled the rows after it, decision 146). */}
            <Table.Tbody key={rows ? 'rows' : 'placeholder'} aria-busy={rows === undefined}>
              {rows
                ? rows.map((row) => (
                    <Table.Tr key={row.id}>
                      {columns.map((column) => (
                        <Table.Td
                          key={column.header}
                          style={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}
                        >
                          {column.cell(row)}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))
                : Array.from({ length: SKELETON_ROWS }, (_, index) => (
                    <Table.Tr key={index}>
                      {/* One placeholder per row, not per cell: each is an animated bar that
                          the browser restyles every frame and removes when the rows arrive
                          (69 of them on the Dashboard before, decision 151). */}
                      <Table.Td colSpan={columns.length}>
                        <Placeholder h={14} radius="sm" />
                      </Table.Td>
                    </Table.Tr>
                  ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
