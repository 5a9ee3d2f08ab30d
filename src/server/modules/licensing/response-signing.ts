import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { SIGNATURE_HEADER, signedMessage, signerFor } from '../../crypto/signing.js';

/**
 * Signs every response of the plugin it is registered in, errors included: Ed25519 over
 * the `date` header, a newline and the exact body, sent as `x-signature: ed25519=<base64>`.
 */
export function signResponses(app: FastifyInstance, ctx: AppContext): void {
  const signer = signerFor(ctx.secrets);
  app.addHook('onSend', async (_request, reply, payload) => {
    const date = ctx.now().toUTCString();
    const body = typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : '';
    reply.header('date', date);
    reply.header(SIGNATURE_HEADER, `ed25519=${signer.sign(signedMessage(date, body))}`);
    return payload;
  });
}
