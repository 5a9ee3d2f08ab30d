import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An identity provider whose token endpoint answers with whatever ID token the test built:
 * to show that the portal refuses a forged, tampered, expired, replayed or misdirected one.
 * Discovery and JWKS are real HTTP; the token is signed with RS256 by `sign` below.
 */
export interface CraftedIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The key the IdP publishes in its JWKS. */
  key: KeyObject;
  /** The ID token the next token request gets (it sees the authorization code). */
  answerWith: (idToken: (code: string) => string) => void;
  close: () => Promise<void>;
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact JWS (RS256) of the claims, by `key`. */
export function signIdToken(
  claims: Record<string, unknown>,
  key: KeyObject,
  kid = 'crafted-key',
): string {
  const input = `${b64({ alg: 'RS256', typ: 'JWT', kid })}.${b64(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

export const newSigningKey = (): KeyObject =>
  createPrivateKey(
    generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      format: 'pem',
      type: 'pkcs8',
    }),
  );

export async function startCraftedIdp(): Promise<CraftedIdp> {
  const key = newSigningKey();
  const publicJwk = {
    ...key.export({ format: 'jwk' }),
    kid: 'crafted-key',
    use: 'sig',
    alg: 'RS256',
  };
  delete (publicJwk as Record<string, unknown>).d;
  for (const part of ['p', 'q', 'dp', 'dq', 'qi'])
    delete (publicJwk as Record<string, unknown>)[part];
  let makeToken: (code: string) => string = () => 'not-a-token';
  const server = createServer((request, response) => {
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const url = new URL(request.url ?? '/', issuer);
    if (url.pathname === '/.well-known/openid-configuration')
      return json(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
      });
    if (url.pathname === '/jwks') return json(200, { keys: [publicJwk] });
    if (url.pathname === '/token' && request.method === 'POST') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk));
      request.on('end', () => {
        const code = new URLSearchParams(body).get('code') ?? '';
        json(200, {
          access_token: 'crafted-access-token',
          token_type: 'Bearer',
          expires_in: 300,
          id_token: makeToken(code),
        });
      });
      return;
    }
    json(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    clientId: 'crafted-client',
    clientSecret: 'crafted-secret',
    key,
    answerWith: (idToken) => (makeToken = idToken),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
