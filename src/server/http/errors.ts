import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiErrorBody } from '../../common/api-types.js';
import { humanValidationMessage } from './validation-messages.js';

/** An expected failure with a status, a stable code and a message meant for the user. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what = 'resource') => new AppError(404, 'not_found', `The ${what} does not exist.`);
export const badRequest = (message: string, fields?: Record<string, string>) =>
  new AppError(400, 'invalid_request', message, fields);
export const conflict = (code: string, message: string) => new AppError(409, code, message);
export const forbidden = () => new AppError(403, 'forbidden', 'Your role does not allow this action.');
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Sign in to continue.');

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
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const send = (status: number, body: ApiErrorBody) => reply.status(status).send(body);
    if (error instanceof AppError) {
      const retryAfter = (error as { retryAfter?: number }).retryAfter;
      if (retryAfter) reply.header('retry-after', String(retryAfter));
      return send(error.status, { error: { code: error.code, message: error.message, fields: error.fields } });
    }
    if (error.validation) {
      const fields = validationFields(error);
      const summary = Object.entries(fields).map(([field, problem]) => `${field} ${problem}`).join('; ');
      return send(400, { error: { code: 'validation_failed', message: `Invalid input: ${summary}`, fields } });
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return send(429, { error: { code: 'rate_limited', message: error.message || 'Too many requests. Try again later.' } });
    }
    if (status >= 400 && status < 500) {
      return send(status, { error: { code: (error.code ?? 'bad_request').toLowerCase(), message: error.message } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(500, { error: { code: 'internal', message: 'Something went wrong on our side. Try again.' } });
  });
}
