import type { TFunction } from 'i18next';
import { formatLocalizedInstant } from '../../../common/format/localized-date-time';
import type { LicenseDiagnosis } from '../../../common/licenses-api';
import type { ValidationCode } from '../../../common/license-validation';

/** A list in the language's words: "A, B and C", "A, B und C", "A、B、C". */
const listOf = (items: string[], language: string) =>
  new Intl.ListFormat(language, { type: 'conjunction' }).format(items);

/**
 * The verdict in the shown language (decision 138): each check's words by its code; a feature
 * refusal names the features, the entitlement and its sales order. English keeps the server's
 * words, which are the same texts (VALIDATION_TEXT).
 */
export function diagnosisText(
  t: TFunction,
  language: string,
  timeZone: string,
  diagnosis: LicenseDiagnosis,
): { message: string; remedy: string } {
  const code: ValidationCode = diagnosis.code;
  if (language === 'en') return { message: diagnosis.message, remedy: diagnosis.remedy };
  const remedy = t(`validation.${code}.remedy`);
  const license = diagnosis.license;
  const features = diagnosis.refusedFeatures ?? [];
  if (!license || features.length === 0)
    return { message: t(`validation.${code}.explanation`), remedy };
  const named = (f: (typeof features)[number]) => f.name ?? `"${f.code}"`;
  const values = { entitlement: license.entitlementPublicId, salesOrder: license.salesOrder };
  if (code === 'FEATURE_EXPIRED') {
    const ended = features.map((f) =>
      t('validation.featureEnded', {
        feature: named(f),
        date: f.expiresAt ? formatLocalizedInstant(f.expiresAt, timeZone, language, 'date') : '',
      }),
    );
    return {
      message: t('validation.featureExpiredMessage', { ...values, ended: listOf(ended, language) }),
      remedy,
    };
  }
  const message = t('validation.featureMissingMessage', {
    ...values,
    product: license.productName,
    features: listOf(features.map(named), language),
  });
  return { message, remedy };
}
