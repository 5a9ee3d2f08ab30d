import { Type, type TSchema } from 'typebox';

export const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export { nullableOutput } from '../../common/schema-kit.js';

/** A non-empty string of at most `maxLength` characters, described for the OpenAPI document and CLI help. */
export const text = (description: string, maxLength = 255) =>
  Type.String({ minLength: 1, maxLength, description });

/** The error body of every 4xx answer (one schema, in src/common). */
export { ErrorBody } from '../../common/api-error.js';
