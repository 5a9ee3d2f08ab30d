import { SegmentedControl } from '@mantine/core';
import { INVENTORY_VIEWS } from '../../../common/plain-values';
import type { InventoryView } from '../../../common/assignments-api';
import { useTranslation } from 'react-i18next';

/** Assigned to me / Whole organization: whose KPIs and recent licenses the Dashboard shows. */
export function ViewSwitch({
  value,
  onChange,
}: {
  value: InventoryView;
  onChange: (view: InventoryView) => void;
}) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('dashboard.view.label')}
      value={value}
      onChange={(next) => onChange(next as InventoryView)}
      data={INVENTORY_VIEWS.map((view) => ({
        value: view,
        label: t(`labels.inventoryView.${view}`),
      }))}
    />
  );
}
