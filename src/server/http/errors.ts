import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiErrorBody } from '../../common/api-types.js';
import { humanValidationMessage } from './validation-messages.js';
import { DomainError, type Refusal } from '../errors.js';

/** The one place a domain error's kind becomes an HTTP status. */
export const STATUS_OF: Record<Refusal, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unprocessable: 422,
  too_many_requests: 429,
};

/**
 * Fastify's own refusals, as the documented codes: a body that is not JSON is invalid input
 * like any other, and 413/415 have codes of their own (docs/licensing-api.md, Errors).
 */
const FRAMEWORK_CODES: Record<
  string,
  { status: number; code: string; message: string; fields?: Record<string, string> }
> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'validation_failed',
    message: 'Invalid input: body is not valid JSON',
    fields: { body: 'is not valid JSON' },
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'validation_failed',
    message: 'Invalid input: body is empty but content-type is application/json',
    fields: { body: 'is required' },
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'validation_failed',
    message: 'Invalid input: the content-length does not match the body',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'body_too_large',
    message: 'The request body is larger than this endpoint accepts.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Send the body as application/json (uploads: application/octet-stream).',
  },
  FST_ERR_CTP_INVALID_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Send the body as application/json (uploads: application/octet-stream).',
  },
};

/** Any other 4xx of the framework or a plugin, by status, so no `fst_err_*` code leaks. */
const CODE_OF_STATUS: Record<number, string> = {
  400: 'invalid_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  409: 'conflict',
  413: 'body_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  416: 'range_not_satisfiable',
  422: 'unprocessable',
};

/** The field an issue is about, as the client named it: `limit`, `licenses.0.seats`, or `body`. */
function fieldOf(issue: NonNullable<FastifyError['validation']>[number]): string {
  const params = issue.params as { missingProperty?: string; additionalProperty?: string };
  const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const child = params.missingProperty ?? params.additionalProperty;
  if (child !== undefined) return path ? `${path}.${child}` : child;
  return path || 'body';
}

function validationFields(error: FastifyError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.validation ?? []) {
    const name = fieldOf(issue);
    // The first problem is the specific one (a union's branch), not the union's summary after it.
    fields[name] ??= humanValidationMessage(issue, name);
  }
  return fields;
}

/**
 * Fastify's `frameworkErrors`: what the router refuses before any route runs (a malformed
 * percent-encoding, a path parameter past its maximum length), in the one error shape.
 * No plugin's hooks run for it, so `sign` (the licensing API's signer, for its paths) is
 * given the exact body to sign.
 */
export function answerFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
  sign?: (reply: FastifyReply, body: string) => void,
): void {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const body: ApiErrorBody = {
    error: tooLong
      ? { code: 'uri_too_long', message: 'A part of the address is longer than any valid value.' }
      : {
          code: 'validation_failed',
          message: 'Invalid input: the address is not validly encoded',
          fields: { url: 'is not validly encoded' },
        },
  };
  reply.status(tooLong ? 414 : 400);
  if (!sign) return void reply.send(body);
  const payload = JSON.stringify(body);
  sign(reply, payload);
  void reply.type('application/json; charset=utf-8').send(payload);
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
    const known = error.code ? FRAMEWORK_CODES[error.code] : undefined;
    if (known) {
      const { code, message, fields } = known;
      return send(known.status, { error: { code, message, fields } });
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
        error: { code: CODE_OF_STATUS[status] ?? 'invalid_request', message: error.message },
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(500, {
      error: { code: 'internal', message: 'Something went wrong on our side. Try again.' },
    });
  });
}
