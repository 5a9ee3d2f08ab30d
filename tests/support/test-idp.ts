import { generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID provider in this process (oidc-provider, OpenID-certified) with one
 * confidential test client. Its development login page signs in whatever login is typed:
 * the login is the account's email, verified unless it starts with "unverified.".
 */
export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close: () => Promise<void>;
}

const nameOf = (email: string) => {
  const [first = 'Test', last = 'User'] = email.split('@')[0]!.split('.');
  const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return { given_name: cap(first), family_name: cap(last) };
};

export async function startTestIdp(options: { redirectUris: string[] }): Promise<TestIdp> {
  const clientId = 'portal-test-client';
  const clientSecret = 'portal-test-secret-0123456789';
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    format: 'jwk',
  }) as JsonWebKey;
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: 'test-idp-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['test-idp-cookie-key'] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['given_name', 'family_name', 'name'],
    },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    findAccount: async (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: async () => ({
        sub,
        email: sub,
        email_verified: !sub.startsWith('unverified.'),
        ...nameOf(sub),
      }),
    }),
  });
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
