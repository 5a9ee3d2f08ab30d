import { Type, type TStringOptions } from 'typebox';

/** Ids are 32-bit on PostgreSQL: a larger number is refused as input, not by the database. */
const MAX_RECORD_ID = 2_147_483_647;
/** PostgreSQL refuses NUL in text, and no control character belongs in a name or a search. */
const NO_CONTROL_CHARACTERS = '^[^\\u0000-\\u001f\\u007f]*$';

/** A database id in a path or query. */
export const RecordId = (description?: string) =>
  Type.Integer({ minimum: 1, maximum: MAX_RECORD_ID, description });

/** Free text without control characters. */
export const PlainText = (options: TStringOptions = {}) =>
  Type.String({ pattern: NO_CONTROL_CHARACTERS, ...options });

export const isRecordId = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_RECORD_ID;

const plainText = new RegExp(NO_CONTROL_CHARACTERS);
export const isPlainText = (value: unknown): value is string =>
  typeof value === 'string' && plainText.test(value);
