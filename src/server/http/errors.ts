import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiErrorBody } from '../../common/api-types.js';
import { humanValidationMessage } from './validation-messages.js';
import { DomainError, type Refusal } from '../errors.js';

/** The one place a domain error's kind becomes an HTTP status. */
const STATUS_OF: Record<Refusal, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unprocessable: 422,
  too_many_requests: 429,
};

function validationFields(error: FastifyError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.validation ?? []) {
    const missing = (issue.params as { missingProperty?: string }).missingProperty;
    const name = missing ?? (issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || 'body');
    // The first problem is the specific one (a union's branch), not the union's summary after it.
    fields[name] ??= humanValidationMessage(issue, name);
  }
  return fields;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | DomainError, request, reply) => {
    const send = (status: number, body: ApiErrorBody) => reply.status(status).send(body);
    if (error instanceof DomainError) {
      if (error.retryAfter) reply.header('retry-after', String(error.retryAfter));
      return send(STATUS_OF[error.kind], {
        error: { code: error.code, message: error.message, fields: error.fields },
      });
    }
    if (error.validation) {
      const fields = validationFields(error);
      const summary = Object.entries(fields)
        .map(([field, problem]) => `${field} ${problem}`)
        .join('; ');
      return send(400, {
        error: { code: 'validation_failed', message: `Invalid input: ${summary}`, fields },
      });
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return send(429, {
        error: {
          code: 'rate_limited',
          message: error.message || 'Too many requests. Try again later.',
        },
      });
    }
    if (status >= 400 && status < 500) {
      return send(status, {
        error: { code: (error.code ?? 'bad_request').toLowerCase(), message: error.message },
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(500, {
      error: { code: 'internal', message: 'Something went wrong on our side. Try again.' },
    });
  });
}
