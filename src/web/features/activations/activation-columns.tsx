import { Badge, type MantineColor } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import type { ActivationItem, ActivationStatus } from '../../../common/activations-api';
import { DateTime } from '../../components/DateTime';
import { i18n } from '../../i18n/i18n';
import { currentLabels } from '../../i18n/labels';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Record<ActivationStatus, MantineColor> = {
  live: 'teal',
  lapsed: 'orange',
  deactivated: 'gray',
};

export function ActivationStatusBadge({ status }: { status: ActivationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={STATUS_COLORS[status]} size="lg" tt="none" fw={500}>
      {t(`activations.status.${status}`)}
    </Badge>
  );
}

const dash = (value: string | null) => value ?? '—';

/** Every column the Columns menu offers, in table order (titles are translation keys); the first five are the spec's defaults. */
export const ACTIVATION_COLUMNS = [
  {
    id: 'activatedAt',
    title: 'activations.columns.activatedAt',
    render: (a: ActivationItem) => <DateTime value={a.activatedAt} format="dateTime" />,
  },
  { id: 'productName', title: 'activations.columns.productName' },
  {
    id: 'projectName',
    title: 'activations.columns.projectName',
    render: (a: ActivationItem) => dash(a.projectName),
  },
  {
    id: 'projectManager',
    title: 'activations.columns.projectManager',
    render: (a: ActivationItem) => dash(a.projectManager),
  },
  { id: 'activatedBy', title: 'activations.columns.activatedBy' },
  { id: 'entitlementId', title: 'activations.columns.entitlementId' },
  {
    id: 'serialNumber',
    title: 'activations.columns.serialNumber',
    render: (a: ActivationItem) => a.serialNumber ?? '',
  },
  {
    id: 'kind',
    title: 'activations.columns.kind',
    render: (a: ActivationItem) => currentLabels().activationKind(a.kind),
  },
  { id: 'identifier', title: 'activations.columns.identifier' },
  {
    id: 'hostname',
    title: 'activations.columns.hostname',
    render: (a: ActivationItem) =>
      [a.hostname, a.platform && currentLabels().platform(a.platform)]
        .filter(Boolean)
        .join(' · ') || '—',
  },
  {
    id: 'lastHeartbeatAt',
    title: 'activations.columns.lastHeartbeatAt',

    render: (a: ActivationItem) =>
      a.lastHeartbeatAt ? <DateTime value={a.lastHeartbeatAt} format="dateTime" /> : '—',
  },
  {
    id: 'status',
    title: 'activations.columns.status',
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
    title: i18n.t(column.title),
    noWrap: column.id === 'activatedAt',
    hidden: !visible.includes(column.id),
    render: 'render' in column ? column.render : undefined,
  }));
}

/** How a row is named to people and screen readers. */
export const activationLabel = (a: ActivationItem) =>
  i18n.t('activations.rowLabel', { name: a.hostname ?? a.identifier, product: a.productName });
