import { Type, type Static } from 'typebox';

/** The one error body of every 4xx answer of the portal, vendor and licensing APIs. */
export const ApiErrorBody = Type.Object({
  error: Type.Object({
    code: Type.String({
      description: 'A stable code, e.g. validation_failed, not_found, csrf_failed.',
    }),
    message: Type.String({ description: 'What went wrong, meant for a person.' }),
    fields: Type.Optional(
      Type.Record(Type.String(), Type.String(), {
        description: 'The fields that are wrong, and what is wrong with each.',
      }),
    ),
  }),
});
export type ApiErrorBody = Static<typeof ApiErrorBody>;

/** The error body, described for one status of the OpenAPI document. */
export const ErrorBody = (description: string) =>
  Type.Object(ApiErrorBody.properties, { description });
