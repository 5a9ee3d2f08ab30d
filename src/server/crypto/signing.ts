import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import type { Secrets } from './secrets.js';

/** The header that carries a licensing response's signature: `ed25519=<base64>`. */
export const SIGNATURE_HEADER = 'x-signature';

/** What a licensing response's signature covers: the `date` header, a newline, the exact body. */
export function signedMessage(date: string, body: string | Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${date}\n`, 'utf8'), Buffer.from(body)]);
}

/** A document signed for offline use: the JSON document's exact bytes in base64, and their signature. */
export interface SignedDocument {
  format: string;
  algorithm: 'ed25519';
  /** Base64 of the UTF-8 JSON document. */
  document: string;
  /** Base64 Ed25519 signature over the document's bytes. */
  signature: string;
}

/** Signs with the server's Ed25519 key (crypto/secrets.ts); the key objects are parsed once. */
export class Signer {
  private readonly privateKey: KeyObject;
  readonly publicKeyPem: string;
  /** The 32-byte raw public key in base64, for clients without a PEM parser. */
  readonly publicKeyRaw: string;

  constructor(secrets: Pick<Secrets, 'signingPrivateKey' | 'signingPublicKey'>) {
    this.privateKey = createPrivateKey(secrets.signingPrivateKey);
    const publicKey = createPublicKey(secrets.signingPublicKey);
    this.publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    this.publicKeyRaw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString(
      'base64',
    );
  }

  sign(data: Buffer): string {
    return sign(null, data, this.privateKey).toString('base64');
  }

  signDocument(format: string, document: object): SignedDocument {
    const bytes = Buffer.from(JSON.stringify(document), 'utf8');
    return {
      format,
      algorithm: 'ed25519',
      document: bytes.toString('base64'),
      signature: this.sign(bytes),
    };
  }
}

const signers = new WeakMap<Secrets, Signer>();

/** The signer of these secrets, built on first use. */
export function signerFor(secrets: Secrets): Signer {
  let signer = signers.get(secrets);
  if (!signer) signers.set(secrets, (signer = new Signer(secrets)));
  return signer;
}
