import { ACTIVATION_STATUS_LABELS, type ActivationItem } from '../../../common/activations-api.js';
import { zonedDateTimeFormatter } from '../../../common/format/zoned-date-time.js';
import type { CsvColumn } from '../../http/csv-export.js';
import { ACTIVATION_KIND_LABELS, platformLabel } from '../../../common/labels.js';

/** Every column, whatever the table hides (DESIGN.md §3.8); dates in ISO 8601 UTC and in the member's zone. */
export function activationCsvColumns(timeZone: string): CsvColumn<ActivationItem>[] {
  const zoned = zonedDateTimeFormatter(timeZone);
  const inZone = (value: string | null) => (value === null ? null : zoned(value));
  return [
    { header: 'Activation Date (UTC)', value: (a) => a.activatedAt },
    { header: `Activation Date (${timeZone})`, value: (a) => inZone(a.activatedAt) },
    { header: 'Product Name', value: (a) => a.productName },
    { header: 'Project Name', value: (a) => a.projectName },
    { header: 'Project Manager', value: (a) => a.projectManager },
    { header: 'Activated By', value: (a) => a.activatedBy },
    { header: 'Entitlement ID', value: (a) => a.entitlementId },
    { header: 'Serial Number', value: (a) => a.serialNumber },
    { header: 'Kind', value: (a) => ACTIVATION_KIND_LABELS[a.kind] },
    { header: 'Identifier', value: (a) => a.identifier },
    { header: 'Hostname', value: (a) => a.hostname },
    { header: 'Platform', value: (a) => a.platform && platformLabel(a.platform) },
    { header: 'Seats', value: (a) => a.quantity },
    { header: 'Status', value: (a) => ACTIVATION_STATUS_LABELS[a.status] },
    { header: 'Last Heartbeat (UTC)', value: (a) => a.lastHeartbeatAt },
    { header: 'Deactivated At (UTC)', value: (a) => a.deactivatedAt },
    { header: `Deactivated At (${timeZone})`, value: (a) => inZone(a.deactivatedAt) },
    { header: 'Deactivated By', value: (a) => a.deactivatedBy },
    { header: 'Activation ID', value: (a) => a.id },
  ];
}
