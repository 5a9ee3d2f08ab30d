import { Group, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { SortDirection } from '../../common/page';
import classes from './SortableTitle.module.css';
import { useTranslation } from 'react-i18next';

/** The class a sortable column's header cell needs (the title's button covers the cell). */
export const sortableCellClass = classes.cell;

interface SortableTitleProps {
  title: string;
  /** The direction when the list is sorted by this column, else undefined. */
  direction: SortDirection | undefined;
  onSort: (direction: SortDirection) => void;
}

/**
 * A column title that sorts on click or Enter. A button inside the header cell, so the
 * cell stays a column header for screen readers (the data table's own sortable header
 * turns the cell into a button). The button covers the whole cell (sortableCellClass).
 */
export function SortableTitle({ title, direction, onSort }: SortableTitleProps) {
  const { t } = useTranslation();
  const Icon =
    direction === 'asc' ? IconArrowUp : direction === 'desc' ? IconArrowDown : IconArrowsSort;
  return (
    <UnstyledButton
      className={classes.button}
      onClick={() => onSort(direction === 'asc' ? 'desc' : 'asc')}
      fw="inherit"
      fz="inherit"
    >
      <Group gap={6} wrap="nowrap">
        {title}
        <Icon size={14} aria-hidden opacity={direction ? 1 : 0.45} />
        <VisuallyHidden>
          {t(direction ? `common.table.sorted.${direction}` : 'common.table.sort')}
        </VisuallyHidden>
      </Group>
    </UnstyledButton>
  );
}
