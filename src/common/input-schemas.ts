import { Type, type TNumberOptions, type TStringOptions } from 'typebox';

/**
 * Integers are 32-bit on PostgreSQL: a larger number is refused as input, not by the
 * database. An input integer schema that states no bounds gets these (http/input-guards.ts).
 */
export const INT32_MAX = 2_147_483_647;
export const INT32_MIN = -2_147_483_648;
/** PostgreSQL refuses NUL in text, and no control character belongs in a name or a search. */
const NO_CONTROL_CHARACTERS = '^[^\\u0000-\\u001f\\u007f]*$';

/** A whole number that fits the database's integer column: bounded unless the options say otherwise. */
export const SafeInteger = (options: TNumberOptions = {}) =>
  Type.Integer({ minimum: INT32_MIN, maximum: INT32_MAX, ...options });

/** A database id in a path, query or body. */
export const RecordId = (description?: string) =>
  Type.Integer({ minimum: 1, maximum: INT32_MAX, description });

/** Free text on one line: no control character (NUL included). */
export const PlainText = (options: TStringOptions = {}) =>
  Type.String({ pattern: NO_CONTROL_CHARACTERS, ...options });

/** Text that may span lines (a message, notes): only NUL is refused, by every route (input-guards.ts). */
export const Text = (options: TStringOptions = {}) => Type.String(options);

export const isRecordId = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= INT32_MAX;

const plainText = new RegExp(NO_CONTROL_CHARACTERS);
export const isPlainText = (value: unknown): value is string =>
  typeof value === 'string' && plainText.test(value);
