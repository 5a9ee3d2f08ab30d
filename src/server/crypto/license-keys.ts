import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A key like "7KQ2M-XH4PD-ZR9WT-C3NVB-L8FJA": 25 symbols, about 125 bits. */
export function generateLicenseKey(): string {
  const groups: string[] = [];
  for (let g = 0; g < 5; g++) {
    let group = '';
    for (let i = 0; i < 5; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

export function normalizeLicenseKey(key: string): string {
  return key.trim().toUpperCase().replace(/\s+/g, '');
}

export function maskLicenseKey(last4: string): string {
  return `•••••-•••••-•••••-•••••-•${last4}`;
}

/** Encrypts keys at rest (AES-256-GCM) and derives the lookup hash used to find them. */
export class LicenseKeyVault {
  private readonly encryptionKey: Buffer;
  private readonly lookupKey: Buffer;

  constructor(encryptionKeyHex: string, lookupKeyHex: string) {
    this.encryptionKey = Buffer.from(encryptionKeyHex, 'hex');
    this.lookupKey = Buffer.from(lookupKeyHex, 'hex');
  }

  lookupHash(key: string): string {
    return createHmac('sha256', this.lookupKey).update(normalizeLicenseKey(key)).digest('hex');
  }

  encrypt(key: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(normalizeLicenseKey(key), 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
  }

  decrypt(ciphertext: string): string {
    const [iv, tag, body] = ciphertext.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }

  /** Everything a license row stores about its key. */
  seal(key: string): { key_ciphertext: string; key_hash: string; key_last4: string } {
    const normalized = normalizeLicenseKey(key);
    return {
      key_ciphertext: this.encrypt(normalized),
      key_hash: this.lookupHash(normalized),
      key_last4: normalized.slice(-4),
    };
  }
}
