import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encrypts small secrets at rest (AES-256-GCM) under a key derived from a master key for
 * one purpose, so no new secret has to be provisioned and purposes never share a key.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(masterKeyHex: string, purpose: string) {
    this.key = Buffer.from(
      hkdfSync('sha256', Buffer.from(masterKeyHex, 'hex'), Buffer.alloc(0), purpose, 32),
    );
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${body.toString('base64url')}`;
  }

  open(sealed: string): string {
    const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }
}

/** What each kind of secret is sealed for; secret rotation (secret-rotation.ts) re-seals each. */
export const SSO_CLIENT_SECRET_PURPOSE = 'sso-client-secret-v1';
export const TOTP_SECRET_PURPOSE = 'totp-secret-v1';
export const WEBHOOK_SECRET_PURPOSE = 'webhook-secret-v1';
export const IDEMPOTENT_ANSWER_PURPOSE = 'idempotent-answer-v1';
export const MAIL_MESSAGE_PURPOSE = 'mail-message-v1';
