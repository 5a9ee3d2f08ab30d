import type { FastifyRequest } from 'fastify';

/** Paths whose last segment is a bearer secret (an invitation token) that must not reach the log. */
const SECRET_SEGMENTS = [/^(\/api\/portal\/invitations\/)[^/?#]+/, /^(\/invite\/)[^/?#]+/];

/**
 * Query parameters that carry a credential: the password-reset and email-change links
 * (`?token=`), signed download links (`&signature=`), and any key or code sent that way.
 */
const SECRET_PARAMETERS = /([?&](?:token|signature|sig|key|code|secret|password)=)[^&#]*/gi;

export function redactSecretsInUrl(url: string): string {
  const path = SECRET_SEGMENTS.reduce(
    (redacted, pattern) => redacted.replace(pattern, '$1[redacted]'),
    url,
  );
  return path.replace(SECRET_PARAMETERS, '$1[redacted]');
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
