import type { FastifyRequest } from 'fastify';

/** Paths whose last segment is a bearer secret (an invitation token) that must not reach the log. */
const SECRET_SEGMENTS = [/^(\/api\/portal\/invitations\/)[^/?#]+/, /^(\/invite\/)[^/?#]+/];

export function redactSecretsInUrl(url: string): string {
  return SECRET_SEGMENTS.reduce(
    (redacted, pattern) => redacted.replace(pattern, '$1[redacted]'),
    url,
  );
}

/** Fastify's default request log fields, with secrets in the URL masked. */
export function requestLogFields(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactSecretsInUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
