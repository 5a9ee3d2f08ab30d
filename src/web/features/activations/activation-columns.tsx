import { Badge, type MantineColor } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { ACTIVATION_STATUS_LABELS, type ActivationItem, type ActivationStatus } from '../../../common/activations-api';
import { DateTime } from '../../components/DateTime';

const STATUS_COLORS: Record<ActivationStatus, MantineColor> = { live: 'teal', lapsed: 'orange', deactivated: 'gray' };

export function ActivationStatusBadge({ status }: { status: ActivationStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {ACTIVATION_STATUS_LABELS[status]}
    </Badge>
  );
}

const dash = (value: string | null) => value ?? '—';

/** Every column the Columns menu offers, in table order; the first five are the spec's defaults. */
export const ACTIVATION_COLUMNS = [
  { id: 'activatedAt', title: 'Activation Date', sortable: true, render: (a: ActivationItem) => <DateTime value={a.activatedAt} format="dateTime" /> },
  { id: 'productName', title: 'Product Name', sortable: false },
  { id: 'projectName', title: 'Project Name', sortable: true, render: (a: ActivationItem) => dash(a.projectName) },
  { id: 'projectManager', title: 'Project Manager', sortable: true, render: (a: ActivationItem) => dash(a.projectManager) },
  { id: 'activatedBy', title: 'Activated By', sortable: true },
  { id: 'entitlementId', title: 'Entitlement ID', sortable: false },
  { id: 'serialNumber', title: 'Serial Number', sortable: false },
  { id: 'kind', title: 'Kind', sortable: false },
  { id: 'identifier', title: 'Identifier', sortable: false },
  { id: 'hostname', title: 'Hostname / Platform', sortable: false, render: (a: ActivationItem) => [a.hostname, a.platform].filter(Boolean).join(' · ') || '—' },
  {
    id: 'lastHeartbeatAt',
    title: 'Last Heartbeat',
    sortable: false,
    render: (a: ActivationItem) => (a.lastHeartbeatAt ? <DateTime value={a.lastHeartbeatAt} format="dateTime" /> : '—'),
  },
  { id: 'status', title: 'Status', sortable: false, render: (a: ActivationItem) => <ActivationStatusBadge status={a.status} /> },
] as const;

export const DEFAULT_VISIBLE = ['activatedAt', 'productName', 'projectName', 'projectManager', 'activatedBy', 'status'];

export function tableColumns(visible: readonly string[]): DataTableColumn<ActivationItem>[] {
  return ACTIVATION_COLUMNS.map((column) => ({
    accessor: column.id,
    title: column.title,
    sortable: column.sortable,
    noWrap: column.id === 'activatedAt',
    hidden: !visible.includes(column.id),
    render: 'render' in column ? column.render : undefined,
  }));
}

/** How a row is named to people and screen readers. */
export const activationLabel = (a: ActivationItem) => `${a.hostname ?? a.identifier} (${a.productName})`;
