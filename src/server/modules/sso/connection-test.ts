import * as client from 'openid-client';
import type { SsoTestResult, SsoTestStep } from '../../../common/sso-api.js';
import type { AppContext } from '../../context.js';
import { discoverIdp, redirectUriOf } from './oidc.js';

type Step = SsoTestResult['steps'][number];

const passed = (step: SsoTestStep, message: string): Step => ({ step, ok: true, message });
const failed = (step: SsoTestStep, message: string): Step => ({ step, ok: false, message });

/** Why discovery failed, in words an Admin can act on. */
function discoveryProblem(error: unknown, issuerUrl: string): string {
  const code = (error as { code?: string }).code;
  const wellKnown = `${issuerUrl.replace(/\/$/, '')}/.well-known/openid-configuration`;
  if (code === 'OAUTH_HTTP_REQUEST_FORBIDDEN') return 'The issuer URL must start with https://.';
  if (code === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED')
    return `The identity provider names a different issuer in ${wellKnown}: copy the issuer URL exactly as the provider shows it (trailing slash included).`;
  if (code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || code === 'OAUTH_RESPONSE_IS_NOT_JSON')
    return `There is no OpenID Connect discovery document at ${wellKnown}: the issuer URL is wrong.`;
  if (error instanceof TypeError || code === undefined)
    return `Nothing answered at ${new URL(issuerUrl).host}: check the issuer URL and that the portal can reach it.`;
  return `The discovery document at ${wellKnown} is not usable (${code}).`;
}

/** Asks the authorization endpoint to start a sign-in; an IdP refuses an unknown client or redirect URI on its own page. */
async function probeAuthorization(
  config: client.Configuration,
  redirectUri: string,
): Promise<Step> {
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    state: client.randomState(),
    nonce: client.randomNonce(),
    code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
    code_challenge_method: 'S256',
  });
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  } catch {
    return failed('authorization', `The authorization endpoint ${url.origin} did not answer.`);
  }
  const location = response.headers.get('location');
  if (response.status >= 400)
    return failed(
      'authorization',
      `The identity provider refused the sign-in request: the client ID is unknown, or the redirect URI ${redirectUri} is not registered for it.`,
    );
  if (location?.startsWith(redirectUri)) {
    const answer = new URL(location).searchParams;
    const error = answer.get('error');
    if (error)
      return failed(
        'authorization',
        `The identity provider answered “${error}”${answer.get('error_description') ? `: ${answer.get('error_description')}` : ''}.`,
      );
  }
  return passed(
    'authorization',
    `The identity provider accepts sign-ins for this client ID with the redirect URI ${redirectUri}.`,
  );
}

/**
 * Redeems a made-up authorization code: an IdP authenticates the client before it looks at
 * the code, so `invalid_client` means a wrong ID or secret and `invalid_grant` a right one.
 */
async function probeSecret(config: client.Configuration, redirectUri: string): Promise<Step> {
  try {
    await client.genericGrantRequest(config, 'authorization_code', {
      code: 'portal-connection-test',
      redirect_uri: redirectUri,
    });
    return failed(
      'client_secret',
      'The identity provider accepted a made-up code: it is not safe to use.',
    );
  } catch (error) {
    if (
      error instanceof client.ResponseBodyError ||
      error instanceof client.WWWAuthenticateChallengeError
    ) {
      const code = error instanceof client.ResponseBodyError ? error.error : error.code;
      if (code === 'invalid_grant')
        return passed('client_secret', 'The identity provider accepts the client ID and secret.');
      if (code === 'invalid_client' || error instanceof client.WWWAuthenticateChallengeError)
        return failed(
          'client_secret',
          'The identity provider refused the client ID and secret: the secret is wrong or has expired.',
        );
      if (code === 'unauthorized_client')
        return failed(
          'client_secret',
          'The secret is accepted, but the client may not use the authorization code flow: allow it at the identity provider.',
        );
      return failed('client_secret', `The token endpoint answered “${code}”.`);
    }
    return failed('client_secret', 'The token endpoint did not answer.');
  }
}

/** Discovery, then the authorization endpoint, then the token endpoint: each step explains what it found. */
export async function testConnection(
  ctx: AppContext,
  input: { issuerUrl: string; clientId: string; clientSecret: string | undefined },
): Promise<SsoTestResult> {
  const skipped = (step: SsoTestStep): Step =>
    failed(step, 'Not checked: the step before must pass first.');
  let config: client.Configuration;
  try {
    config = await discoverIdp(ctx, { ...input, clientSecret: input.clientSecret ?? '' });
  } catch (error) {
    return {
      ok: false,
      steps: [
        failed('discovery', discoveryProblem(error, input.issuerUrl)),
        skipped('authorization'),
        skipped('client_secret'),
      ],
    };
  }
  const steps: Step[] = [
    passed('discovery', `Found the identity provider ${config.serverMetadata().issuer}.`),
  ];
  const redirectUri = redirectUriOf(ctx);
  steps.push(await probeAuthorization(config, redirectUri));
  steps.push(
    input.clientSecret === undefined
      ? failed('client_secret', 'Enter the client secret to test it.')
      : await probeSecret(config, redirectUri),
  );
  return { ok: steps.every((step) => step.ok), steps };
}
