import { Type, type TSchema } from 'typebox';

export const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A non-empty string of at most `maxLength` characters, described for the OpenAPI document and CLI help. */
export const text = (description: string, maxLength = 255) => Type.String({ minLength: 1, maxLength, description });

/** The error body of every 4xx answer. */
export const ErrorBody = (description: string) =>
  Type.Object(
    {
      error: Type.Object({
        code: Type.String(),
        message: Type.String(),
        fields: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'The fields that are wrong, and what is wrong with each.' })),
      }),
    },
    { description },
  );
