import { Type, type Static, type TSchema } from 'typebox';

export const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/**
 * A response value that may be null, as `type: [type, 'null']`: fast-json-stringify picks
 * the branch by type, where for an `anyOf` it runs ajv on the value (a date-time's format
 * check included) on every answer. @fastify/swagger documents it as `nullable: true`.
 */
export const nullableOutput = <T extends TSchema & { type: string }>(schema: T) =>
  Type.Unsafe<Static<T> | null>({ ...schema, type: [schema.type, 'null'] });

/** A non-empty string of at most `maxLength` characters, described for the OpenAPI document and CLI help. */
export const text = (description: string, maxLength = 255) =>
  Type.String({ minLength: 1, maxLength, description });

/** The error body of every 4xx answer (one schema, in src/common). */
export { ErrorBody } from '../../common/api-error.js';
