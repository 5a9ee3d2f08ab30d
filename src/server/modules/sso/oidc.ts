import * as client from 'openid-client';
import type { AppContext } from '../../context.js';
import { SecretBox } from '../../crypto/secret-box.js';

/** Seconds an IdP has to answer before a sign-in or a test gives up. */
const IDP_TIMEOUT_SECONDS = 10;

export const redirectUriOf = (ctx: AppContext) => `${ctx.config.publicUrl}/sso/callback`;

// Client secrets and PKCE verifiers are encrypted at rest, each purpose under its own key.
const secretBox = (ctx: AppContext, purpose: string) =>
  new SecretBox(ctx.secrets.licenseKeyEncryption, purpose);
export const sealClientSecret = (ctx: AppContext, secret: string) =>
  secretBox(ctx, 'sso-client-secret-v1').seal(secret);
export const openClientSecret = (ctx: AppContext, sealed: string) =>
  secretBox(ctx, 'sso-client-secret-v1').open(sealed);
export const sealVerifier = (ctx: AppContext, verifier: string) =>
  secretBox(ctx, 'sso-pkce-verifier-v1').seal(verifier);
export const openVerifier = (ctx: AppContext, sealed: string) =>
  secretBox(ctx, 'sso-pkce-verifier-v1').open(sealed);

/**
 * The IdP's discovered configuration for this client, authenticating with
 * client_secret_basic (the default of Okta, Entra ID, Keycloak and oidc-provider clients).
 * ID tokens are checked against the IdP's JWKS too: openid-client would otherwise trust the
 * TLS channel of the token endpoint alone. http:// issuers only with SSO_ALLOW_HTTP_ISSUERS
 * (tests, a local Keycloak).
 */
export async function discoverIdp(
  ctx: AppContext,
  connection: { issuerUrl: string; clientId: string; clientSecret: string },
): Promise<client.Configuration> {
  const insecure = ctx.config.ssoAllowHttpIssuers;
  return client.discovery(
    new URL(connection.issuerUrl),
    connection.clientId,
    undefined,
    client.ClientSecretBasic(connection.clientSecret),
    {
      timeout: IDP_TIMEOUT_SECONDS,
      execute: [
        client.enableNonRepudiationChecks,
        ...(insecure ? [client.allowInsecureRequests] : []),
      ],
    },
  );
}
