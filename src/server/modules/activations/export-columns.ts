import { ACTIVATION_STATUS_LABELS, type ActivationItem } from '../../../common/activations-api.js';
import { zonedDateTimeFormatter } from '../../../common/format/zoned-date-time.js';
import type { CsvColumn } from '../../http/csv-export.js';
import type { Translate } from '../../i18n/translate.js';
import { ACTIVATION_KIND_LABELS, platformLabel } from '../../../common/labels.js';

/**
 * Every column, whatever the table hides (DESIGN.md §3.8); dates in ISO 8601 UTC and in the
 * member's zone; headers in the member's language (`t`).
 */
export function activationCsvColumns(timeZone: string, t: Translate): CsvColumn<ActivationItem>[] {
  const zoned = zonedDateTimeFormatter(timeZone);
  const inZone = (value: string | null) => (value === null ? null : zoned(value));
  return [
    { header: t('csv.activations.activatedAtUtc'), value: (a) => a.activatedAt },
    {
      header: t('csv.activations.activatedAtZone', { timeZone }),
      value: (a) => inZone(a.activatedAt),
    },
    { header: t('csv.activations.productName'), value: (a) => a.productName },
    { header: t('csv.activations.projectName'), value: (a) => a.projectName },
    { header: t('csv.activations.projectManager'), value: (a) => a.projectManager },
    { header: t('csv.activations.activatedBy'), value: (a) => a.activatedBy },
    { header: t('csv.activations.entitlementId'), value: (a) => a.entitlementId },
    { header: t('csv.activations.serialNumber'), value: (a) => a.serialNumber },
    { header: t('csv.activations.kind'), value: (a) => ACTIVATION_KIND_LABELS[a.kind] },
    { header: t('csv.activations.identifier'), value: (a) => a.identifier },
    { header: t('csv.activations.hostname'), value: (a) => a.hostname },
    {
      header: t('csv.activations.platform'),
      value: (a) => a.platform && platformLabel(a.platform),
    },
    { header: t('csv.activations.seats'), value: (a) => a.quantity },
    { header: t('csv.activations.status'), value: (a) => ACTIVATION_STATUS_LABELS[a.status] },
    { header: t('csv.activations.lastHeartbeatUtc'), value: (a) => a.lastHeartbeatAt },
    { header: t('csv.activations.deactivatedAtUtc'), value: (a) => a.deactivatedAt },
    {
      header: t('csv.activations.deactivatedAtZone', { timeZone }),
      value: (a) => inZone(a.deactivatedAt),
    },
    { header: t('csv.activations.deactivatedBy'), value: (a) => a.deactivatedBy },
    { header: t('csv.activations.activationId'), value: (a) => a.id },
  ];
}
