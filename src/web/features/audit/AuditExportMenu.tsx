import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileExport } from '@tabler/icons-react';
import type { AuditFilters } from '../../../common/audit-api';
import { auditExportUrl } from './api/audit-events';
import { useTranslation } from 'react-i18next';

/** Downloads exactly the filtered events, every column; the browser fetches them with the session cookie. */
export function AuditExportMenu({ filters }: { filters: AuditFilters }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal={false} withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconFileExport size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {t('audit.export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={auditExportUrl('csv', filters)} download>
          {t('audit.export.csv')}
        </Menu.Item>
        <Menu.Item component="a" href={auditExportUrl('jsonl', filters)} download>
          {t('audit.export.jsonl')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
