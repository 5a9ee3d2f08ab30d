import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../context.js';
import { SIGNATURE_HEADER, signedMessage, signerFor } from '../../crypto/signing.js';
import { API_SECURITY_HEADERS } from '../../http/security-headers.js';

/** Where the licensing API lives: every answer under it is signed, the router's refusals too. */
export const isLicensingUrl = (url: string) => /^\/v1(?:[/?#]|$)/.test(url);

/**
 * Sets a licensing answer's headers: the API security headers, `date`, and
 * `x-signature: ed25519=<base64>` for the exact body about to be sent.
 */
export function licensingSigner(
  ctx: AppContext,
): (reply: FastifyReply, body: string | Buffer) => void {
  const signer = signerFor(ctx.secrets);
  return (reply, body) => {
    const date = ctx.now().toUTCString();
    reply.headers(API_SECURITY_HEADERS);
    reply.header('date', date);
    reply.header(SIGNATURE_HEADER, `ed25519=${signer.sign(signedMessage(date, body))}`);
  };
}

/**
 * Signs every response of the plugin it is registered in, errors included: Ed25519 over
 * the `date` header, a newline and the exact body, sent as `x-signature: ed25519=<base64>`.
 * The plugin compresses nothing, so the signed body is the body sent (decision 157).
 */
export function signResponses(app: FastifyInstance, ctx: AppContext): void {
  const sign = licensingSigner(ctx);
  app.addHook('onSend', (_request, reply, payload, done) => {
    sign(reply, typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : '');
    done(null, payload);
  });
}
