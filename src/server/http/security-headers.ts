import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** `releaseNotesImageOrigins`: where release notes may show images from (decision 123); nothing else is added. */
const options = (releaseNotesImageOrigins: readonly string[]): HelmetOptions => ({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Mantine writes its CSS variables into a <style> element at run time.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', ...releaseNotesImageOrigins],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
  },
});

/** The headers helmet sets with these options; they depend on nothing in the request. */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  return headers;
}

/**
 * Helmet's security headers (CSP, HSTS, nosniff, frame and referrer policies …) on every
 * response, computed once at start: @fastify/helmet rebuilt helmet's middleware on every
 * request (decision 066).
 */
export function addSecurityHeaders(
  app: FastifyInstance,
  releaseNotesImageOrigins: readonly string[],
): void {
  const headers = helmetHeaders(options(releaseNotesImageOrigins));
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

/**
 * A machine API's answers (the licensing API, decision 157): JSON that no browser should
 * render, frame, sniff or cache. Helmet's other headers govern documents (opener policy,
 * origin clusters, DNS prefetch, legacy IE and Flash) and are left out; the transport and
 * referrer policies and cross-origin resource policy stay as on every portal answer.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
});
