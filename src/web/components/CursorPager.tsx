import { Button, Group, Select, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { PAGE_SIZE_OPTIONS } from '../../common/page';
import { useTranslation } from 'react-i18next';

interface CursorPagerProps {
  /** What the list holds, for the navigation's name ("Members pages"). */
  label: string;
  pageNumber: number;
  nextCursor: string | null | undefined;
  onNext: (cursor: string) => void;
  onPrevious: () => void;
  pageSize: number;
  onPageSizeChange: (size: number) => void;
}

/** Previous / Next through a keyset-paginated list (no total: counting a large log costs more than a page). */
export function CursorPager({
  label,
  pageNumber,
  nextCursor,
  onNext,
  onPrevious,
  pageSize,
  onPageSizeChange,
}: CursorPagerProps) {
  const { t } = useTranslation();
  return (
    <Group
      component="nav"
      aria-label={t('common.pager.label', { list: label })}
      justify="space-between"
      wrap="wrap"
      gap="sm"
    >
      <Select
        label={t('common.pager.rowsPerPage')}
        data={PAGE_SIZE_OPTIONS.map(String)}
        value={String(pageSize)}
        onChange={(value) => value && onPageSizeChange(Number(value))}
        allowDeselect={false}
        w={130}
        size="xs"
      />
      <Group gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('common.pager.page', { number: pageNumber })}
        </Text>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconChevronLeft size={14} aria-hidden />}
          disabled={pageNumber === 1}
          onClick={onPrevious}
        >
          {t('common.pager.previous')}
        </Button>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconChevronRight size={14} aria-hidden />}
          disabled={!nextCursor}
          onClick={() => nextCursor && onNext(nextCursor)}
        >
          {t('common.pager.next')}
        </Button>
      </Group>
    </Group>
  );
}
