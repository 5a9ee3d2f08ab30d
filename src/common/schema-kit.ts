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
