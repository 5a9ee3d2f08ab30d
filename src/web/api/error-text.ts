import { LICENSE_CHECK_CODES } from '../../common/license-validation';
import { i18n } from '../i18n/i18n';

const licenseCodes = new Set<string>(LICENSE_CHECK_CODES);
/** Codes whose English message names the one field or thing at fault: a field shows "check this". */
const GENERIC_FIELD_CODES = new Set(['validation_failed', 'invalid_request']);

/** The key of a code's text, or null for a code the web app has no words for. */
function keyOf(code: string): string | null {
  if (licenseCodes.has(code)) return null; // explanation and remedy, composed below
  // sso_<reason>: why a single sign-on was refused, the words the sign-in page also reads.
  const key = code.startsWith('sso_') ? `sso.problem.${code.slice(4)}` : `errors.${code}`;
  return i18n.exists(key, { lng: 'en' }) ? key : null;
}

/**
 * An API error's text in the shown language, by its stable code (decision 137). English keeps
 * the server's own words (they name the thing, e.g. "The license does not exist."); another
 * language reads its text for the code, and the server's English only for a code it does not know.
 */
export function errorMessage(code: string, serverMessage: string): string {
  if (i18n.language === 'en') return serverMessage;
  if (licenseCodes.has(code))
    return `${i18n.t(`validation.${code}.explanation`)} ${i18n.t(`validation.${code}.remedy`)}`;
  const key = keyOf(code);
  return key ? i18n.t(key) : serverMessage;
}

/** The per-field problems, translated the same way: the code's text, or "check this field". */
export function fieldMessages(
  code: string,
  fields: Record<string, string> | undefined,
): Record<string, string> {
  if (!fields || i18n.language === 'en') return fields ?? {};
  const known = keyOf(code) !== null || licenseCodes.has(code);
  const text = GENERIC_FIELD_CODES.has(code)
    ? i18n.t('errors.field')
    : known
      ? errorMessage(code, '')
      : null;
  return Object.fromEntries(
    Object.entries(fields).map(([field, problem]) => [field, text ?? problem]),
  );
}
