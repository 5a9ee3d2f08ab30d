import { SegmentedControl } from '@mantine/core';
import {
  INVENTORY_VIEW_LABELS,
  INVENTORY_VIEWS,
  type InventoryView,
} from '../../../common/assignments-api';

/** Assigned to me / Whole organization: whose KPIs and recent licenses the Dashboard shows. */
export function ViewSwitch({
  value,
  onChange,
}: {
  value: InventoryView;
  onChange: (view: InventoryView) => void;
}) {
  return (
    <SegmentedControl
      aria-label="Dashboard view"
      value={value}
      onChange={(next) => onChange(next as InventoryView)}
      data={INVENTORY_VIEWS.map((view) => ({ value: view, label: INVENTORY_VIEW_LABELS[view] }))}
    />
  );
}
