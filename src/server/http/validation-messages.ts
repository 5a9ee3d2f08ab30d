import type { FastifySchemaValidationError } from 'fastify';

/** What a format means to a person, for the schema formats the API uses. */
const FORMATS: Record<string, string> = {
  email: 'must be an email address, like name@example.com',
  date: 'must be a date, like 2026-03-07',
  'date-time': 'must be a date and time, like 2026-03-07T14:30:00Z',
  uri: 'must be a web address, like https://example.com',
  uuid: 'must be an identifier like 123e4567-e89b-12d3-a456-426614174000',
};

/** Fields whose pattern has a meaning worth saying (the schema only knows the regular expression). */
const PATTERNS: Record<string, string> = {
  phone: 'must be a phone number: digits, spaces and + ( ) . / -, like +1 415 555 0100',
};

type Params = Record<string, unknown>;

/** The problem of one failed schema rule, in words a member understands (never `must match format "email"`). */
export function humanValidationMessage(issue: FastifySchemaValidationError, field: string): string {
  const params = issue.params as Params;
  switch (issue.keyword) {
    case 'required':
      return 'is required';
    case 'format':
      return FORMATS[String(params.format)] ?? 'is not in the expected format';
    case 'pattern':
      return (
        PATTERNS[field.split('.').at(-1) ?? field] ?? 'contains characters that are not allowed'
      );
    case 'minLength':
      return params.limit === 1
        ? 'must not be empty'
        : `must be at least ${String(params.limit)} characters long`;
    case 'maxLength':
      return `must be at most ${String(params.limit)} characters long`;
    case 'minimum':
      return `must be ${String(params.limit)} or more`;
    case 'maximum':
      return `must be ${String(params.limit)} or less`;
    case 'type':
      return params.type === 'integer'
        ? 'must be a whole number'
        : `must be a ${String(params.type)}`;
    case 'enum':
    case 'anyOf':
    case 'const':
      return 'is not one of the allowed values';
    case 'additionalProperties':
      // The field named is the unknown one (http/errors.ts): a typo, or a field this route lacks.
      return 'is not a known field';
    default:
      return issue.message ?? 'is invalid';
  }
}
