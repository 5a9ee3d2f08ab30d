import { Button, Checkbox, Menu } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ColumnChoice {
  id: string;
  title: string;
}

interface ColumnsMenuProps {
  columns: readonly ColumnChoice[];
  visible: readonly string[];
  onChange: (visible: string[]) => void;
}

/** Mantine gives every menu item role="menuitem"; a checkbox item must be a menuitemcheckbox. */
function CheckboxItem({ ref, ...props }: ComponentPropsWithRef<'button'>) {
  return <button {...props} ref={ref} role="menuitemcheckbox" />;
}

/**
 * The column chooser: a menu of checkbox items (role menuitemcheckbox), operable by
 * keyboard. The last visible column cannot be hidden.
 */
export function ColumnsMenu({ columns, visible, onChange }: ColumnsMenuProps) {
  const { t } = useTranslation();
  const toggle = (id: string) =>
    onChange(
      visible.includes(id)
        ? visible.filter((shown) => shown !== id)
        : columns.map((c) => c.id).filter((c) => c === id || visible.includes(c)),
    );
  return (
    <Menu
      closeOnItemClick={false}
      position="bottom-end"
      shadow="md"
      withinPortal={false}
      withInitialFocusPlaceholder={false}
    >
      <Menu.Target>
        <Button variant="default" leftSection={<IconColumns size={16} aria-hidden />}>
          {t('common.columns.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('common.columns.menu')}>
        <Menu.Label>{t('common.columns.show')}</Menu.Label>
        {columns.map((column) => {
          const checked = visible.includes(column.id);
          const last = checked && visible.length === 1;
          return (
            <Menu.Item
              key={column.id}
              component={CheckboxItem}
              aria-checked={checked}
              disabled={last}
              onClick={() => toggle(column.id)}
              leftSection={<Checkbox.Indicator checked={checked} size="xs" aria-hidden />}
            >
              {column.title}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
