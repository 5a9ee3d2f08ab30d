import { Type, type Static, type TSchema } from 'typebox';

/**
 * A response value that may be null, as `type: [type, 'null']`: fast-json-stringify picks
 * the branch by type, where for an `anyOf` it runs ajv on the value (a date-time's format
 * check included) on every answer. @fastify/swagger documents it as `nullable: true`.
 */
export const nullableOutput = <T extends TSchema & { type: string }>(schema: T) =>
  Type.Unsafe<Static<T> | null>({ ...schema, type: [schema.type, 'null'] });

/** One page of a keyset-paginated list; `nextCursor` is opaque and null on the last page. */
export const PageOf = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    nextCursor: nullableOutput(
      Type.String({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
    ),
  });

/** The answer of an action that returns nothing else. */
export const OkAnswer = Type.Object({ ok: Type.Literal(true) });
export type OkAnswer = Static<typeof OkAnswer>;
export const OK: OkAnswer = { ok: true };

/**
 * One of a fixed list of strings, as `{ type: 'string', enum }`: an enum in the OpenAPI
 * document (Redocly, generated clients) that fast-json-stringify writes without ajv.
 */
export const StringEnum = <const T extends readonly string[]>(
  values: T,
  options: { description?: string; default?: T[number] } = {},
) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

/** An instant in UTC (ISO 8601), as every answer sends times. */
export const Instant = (description?: string) =>
  Type.String({ format: 'date-time', ...(description && { description }) });
export const NullableInstant = (description?: string) => nullableOutput(Instant(description));
export const NullableText = (description?: string) =>
  nullableOutput(Type.String(description ? { description } : {}));
export const NullableInteger = (description?: string) =>
  nullableOutput(Type.Integer(description ? { description } : {}));

/** A file answered as such (an export, a download): documented by its media type, never serialised. */
export const FileAnswer = (mediaType: string, description: string) => ({
  description,
  content: { [mediaType]: { schema: { type: 'string' as const, format: 'binary' } } },
});

/** A 204 answer: done, no body (@fastify/swagger documents `type: 'null'` as no content). */
export const NoContent = Type.Null({ description: 'Done; the answer has no body.' });
