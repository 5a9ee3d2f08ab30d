import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../context.js';
import { SecretBox } from '../../../crypto/secret-box.js';
import { DomainError } from '../../../errors.js';
import * as queries from './queries.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How long a key's first answer is kept and replayed (docs/vendor-api.md). */
export const IDEMPOTENCY_KEY_HOURS = 24;
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

const claimed = new WeakMap<FastifyRequest, queries.KeyRef>();

/**
 * What the key promises to repeat: the route and the body. An upload's body is a stream the
 * handler reads once, so its query and length stand for it.
 */
function fingerprintOf(request: FastifyRequest): string {
  const body = Buffer.isBuffer(request.body) || request.body === undefined ? null : request.body;
  const content =
    body !== null && typeof body === 'object' && 'pipe' in body
      ? `upload:${request.headers['content-length'] ?? ''}`
      : JSON.stringify(body);
  return createHash('sha256').update(`${request.method} ${request.url}\n${content}`).digest('hex');
}

const refused = (status: 'conflict' | 'unprocessable', code: string, message: string) =>
  new DomainError(status, code, message, { [IDEMPOTENCY_HEADER]: message });

/**
 * `Idempotency-Key` on every vendor POST: the first answer (2xx) to a key is stored with the
 * request's fingerprint and replayed for the same request, without running it again; the
 * same key for another request is refused (422). A refused first request keeps no answer,
 * so its retry runs again.
 */
export function idempotentPosts(app: FastifyInstance, ctx: AppContext): void {
  // Answers carry secrets (license keys, webhook signing secrets): stored sealed, never in clear.
  const box = new SecretBox(ctx.secrets.licenseKeyEncryption, 'idempotent-answer-v1');
  // Rows stored before answers were sealed hold the JSON itself.
  const openAnswer = (stored: string) => (/^[[{]/.test(stored) ? stored : box.open(stored));
  const expiredBefore = () =>
    new Date(ctx.now().getTime() - IDEMPOTENCY_KEY_HOURS * 3_600_000).toISOString();

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (request.method !== 'POST' || key === undefined) return;
    if (typeof key !== 'string' || !KEY_FORMAT.test(key)) {
      throw new DomainError('invalid', 'validation_failed', 'Invalid input: Idempotency-Key', {
        [IDEMPOTENCY_HEADER]: 'must be 1 to 255 visible ASCII characters',
      });
    }
    const ref = { tokenId: request.vendorToken!.id, key };
    const fingerprint = fingerprintOf(request);
    const claim = () =>
      queries.claimIdempotencyKey(ctx.db, ref, { fingerprint, now: ctx.now().toISOString() });
    if (await claim()) {
      claimed.set(request, ref);
      return;
    }
    const first = await queries.findIdempotencyKey(ctx.db, ref);
    if (!first || first.created_at < expiredBefore()) {
      // Expired (or released meanwhile): the key is new again.
      await queries.releaseIdempotencyKey(ctx.db, ref);
      if (await claim()) {
        claimed.set(request, ref);
        return;
      }
      throw refused(
        'conflict',
        'idempotency_key_in_progress',
        'A request with this key is running.',
      );
    }
    if (first.fingerprint !== fingerprint) {
      throw refused(
        'unprocessable',
        'idempotency_key_reused',
        'This Idempotency-Key was used for a different request: use a new key for a new request.',
      );
    }
    if (first.status === null) {
      throw refused(
        'conflict',
        'idempotency_key_in_progress',
        'The first request with this key is still running: retry in a moment.',
      );
    }
    return reply
      .status(first.status)
      .header('idempotent-replayed', 'true')
      .type('application/json; charset=utf-8')
      .send(openAnswer(first.response_body ?? ''));
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const ref = claimed.get(request);
    if (!ref) return payload;
    claimed.delete(request);
    if (reply.statusCode < 300 && typeof payload === 'string') {
      await queries.recordIdempotentAnswer(ctx.db, ref, {
        status: reply.statusCode,
        body: box.seal(payload),
      });
    } else {
      await queries.releaseIdempotencyKey(ctx.db, ref);
    }
    return payload;
  });
}
