import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ActivationKind } from '../../common/activation-kinds';
import type { AuditEventType } from '../../common/audit-api';
import { humanizeCode } from '../../common/labels';
import type { LicenseStatus } from '../../common/license-status';
import type { Role } from '../../common/roles';
import { i18n } from './i18n';

/**
 * What people read instead of stored codes, in the member's language (src/common/labels.ts
 * keeps the English ones for CSV files and the server). A vendor's code without a
 * translation reads as words ("on_premise-ha" → "On premise ha").
 */
export function useLabels() {
  return labelsIn(useTranslation().t);
}

/** The same labels outside a component (a table's render function), in the current language. */
export const currentLabels = () => labelsIn(i18n.t.bind(i18n) as TFunction);

function labelsIn(t: TFunction) {
  const vendorCode = (group: string) => (code: string) =>
    t(`labels.${group}.${code.toLowerCase()}`, { defaultValue: humanizeCode(code) });
  return {
    role: (role: Role) => t(`labels.role.${role}`),
    licenseStatus: (status: LicenseStatus) => t(`labels.licenseStatus.${status}`),
    auditType: (type: AuditEventType) => t(`labels.auditType.${type}`),
    activationKind: (kind: ActivationKind) => t(`labels.activationKind.${kind}`),
    licenseType: vendorCode('licenseType'),
    deploymentType: vendorCode('deploymentType'),
    platform: vendorCode('platform'),
    architecture: vendorCode('architecture'),
    releaseChannel: vendorCode('releaseChannel'),
  };
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number in a language ("1,234" / "1.234" / "1 234"), what `value.toLocaleString(language)`
 * gives, from one Intl formatter per language: `toLocaleString` builds a new one per call, the
 * Dashboard's usage figures took 40 ms of a phone's main thread so (decision 162).
 */
export function formatNumberIn(language: string, value: number): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** Numbers in the member's language ("1,234" / "1.234" / "1 234"). */
export function useFormatNumber(): (value: number) => string {
  const { i18n: shown } = useTranslation();
  return (value) => formatNumberIn(shown.language, value);
}
