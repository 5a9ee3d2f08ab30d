import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { SecretBox } from '../crypto/secret-box.js';
import type { Secrets } from '../crypto/secrets.js';

/** How long the secret before a rotation keeps signing, so receivers can switch without a gap. */
export const PREVIOUS_SECRET_HOURS = 24;

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** Endpoint secrets are sealed at rest with a key of their own purpose. */
export const webhookSecretBox = (secrets: Secrets) =>
  new SecretBox(secrets.licenseKeyEncryption, 'webhook-secret-v1');

/**
 * The webhook-signature header: `v1,<base64>` by the current secret and, during the day after
 * a rotation, a second one by the previous secret, separated by a space (the specification's
 * way to rotate: a receiver accepts any signature it can verify).
 */
export function signatureHeader(
  box: SecretBox,
  endpoint: {
    secret_ciphertext: string;
    previous_secret_ciphertext: string | null;
    previous_secret_until: string | null;
  },
  message: { id: string; at: Date; body: string },
): string {
  const sealed = [endpoint.secret_ciphertext];
  if (
    endpoint.previous_secret_ciphertext &&
    endpoint.previous_secret_until &&
    Date.parse(endpoint.previous_secret_until) > message.at.getTime()
  )
    sealed.push(endpoint.previous_secret_ciphertext);
  return sealed
    .map((secret) => new Webhook(box.open(secret)).sign(message.id, message.at, message.body))
    .join(' ');
}
