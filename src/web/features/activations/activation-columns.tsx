import { Badge, type MantineColor } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import {
  ACTIVATION_STATUS_LABELS,
  type ActivationItem,
  type ActivationStatus,
} from '../../../common/activations-api';
import { DateTime } from '../../components/DateTime';
import { ACTIVATION_KIND_LABELS, platformLabel } from '../../../common/labels';

const STATUS_COLORS: Record<ActivationStatus, MantineColor> = {
  live: 'teal',
  lapsed: 'orange',
  deactivated: 'gray',
};

export function ActivationStatusBadge({ status }: { status: ActivationStatus }) {
  return (
    <Badge variant="dot" color={STATUS_COLORS[status]} size="lg" tt="none" fw={500}>
      {ACTIVATION_STATUS_LABELS[status]}
    </Badge>
  );
}

const dash = (value: string | null) => value ?? '—';

/** Every column the Columns menu offers, in table order; the first five are the spec's defaults. */
export const ACTIVATION_COLUMNS = [
  {
    id: 'activatedAt',
    title: 'Activation Date',
    render: (a: ActivationItem) => <DateTime value={a.activatedAt} format="dateTime" />,
  },
  { id: 'productName', title: 'Product Name' },
  { id: 'projectName', title: 'Project Name', render: (a: ActivationItem) => dash(a.projectName) },
  {
    id: 'projectManager',
    title: 'Project Manager',
    render: (a: ActivationItem) => dash(a.projectManager),
  },
  { id: 'activatedBy', title: 'Activated By' },
  { id: 'entitlementId', title: 'Entitlement ID' },
  {
    id: 'serialNumber',
    title: 'Serial Number',
    render: (a: ActivationItem) => a.serialNumber ?? '',
  },
  { id: 'kind', title: 'Kind', render: (a: ActivationItem) => ACTIVATION_KIND_LABELS[a.kind] },
  { id: 'identifier', title: 'Identifier' },
  {
    id: 'hostname',
    title: 'Hostname / Platform',
    render: (a: ActivationItem) =>
      [a.hostname, a.platform && platformLabel(a.platform)].filter(Boolean).join(' · ') || '—',
  },
  {
    id: 'lastHeartbeatAt',
    title: 'Last Heartbeat',

    render: (a: ActivationItem) =>
      a.lastHeartbeatAt ? <DateTime value={a.lastHeartbeatAt} format="dateTime" /> : '—',
  },
  {
    id: 'status',
    title: 'Status',
    render: (a: ActivationItem) => <ActivationStatusBadge status={a.status} />,
  },
] as const;

export const DEFAULT_VISIBLE = [
  'activatedAt',
  'productName',
  'projectName',
  'projectManager',
  'activatedBy',
  'status',
];

export function tableColumns(visible: readonly string[]): DataTableColumn<ActivationItem>[] {
  return ACTIVATION_COLUMNS.map((column) => ({
    accessor: column.id,
    title: column.title,
    noWrap: column.id === 'activatedAt',
    hidden: !visible.includes(column.id),
    render: 'render' in column ? column.render : undefined,
  }));
}

/** How a row is named to people and screen readers. */
export const activationLabel = (a: ActivationItem) =>
  `${a.hostname ?? a.identifier} (${a.productName})`;
