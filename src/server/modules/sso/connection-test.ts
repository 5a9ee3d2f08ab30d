import * as client from 'openid-client';
import type { SsoTestReason, SsoTestResult, SsoTestStep } from '../../../common/sso-api.js';
import type { AppContext } from '../../context.js';
import { discoverIdp, redirectUriOf } from './oidc.js';

type Step = SsoTestResult['steps'][number];
type Values = Record<string, string>;

/** Each finding's English words; the portal words the reason in the member's language (decision 137). */
const MESSAGES: Record<SsoTestReason, (v: Values) => string> = {
  found: (v) => `Found the identity provider ${v.issuer}.`,
  https_required: () => 'The issuer URL must start with https://.',
  issuer_mismatch: (v) =>
    `The identity provider names a different issuer in ${v.wellKnown}: copy the issuer URL exactly as the provider shows it (trailing slash included).`,
  no_discovery: (v) =>
    `There is no OpenID Connect discovery document at ${v.wellKnown}: the issuer URL is wrong.`,
  unreachable: (v) =>
    `Nothing answered at ${v.host}: check the issuer URL and that the portal can reach it.`,
  discovery_unusable: (v) => `The discovery document at ${v.wellKnown} is not usable (${v.code}).`,
  authorization_silent: (v) => `The authorization endpoint ${v.origin} did not answer.`,
  authorization_refused: (v) =>
    `The identity provider refused the sign-in request: the client ID is unknown, or the redirect URI ${v.redirectUri} is not registered for it.`,
  authorization_error: (v) => `The identity provider answered “${v.answer}”.`,
  authorization_accepted: (v) =>
    `The identity provider accepts sign-ins for this client ID with the redirect URI ${v.redirectUri}.`,
  secret_accepted: () => 'The identity provider accepts the client ID and secret.',
  secret_refused: () =>
    'The identity provider refused the client ID and secret: the secret is wrong or has expired.',
  code_flow_not_allowed: () =>
    'The secret is accepted, but the client may not use the authorization code flow: allow it at the identity provider.',
  made_up_code_accepted: () =>
    'The identity provider accepted a made-up code: it is not safe to use.',
  token_error: (v) => `The token endpoint answered “${v.code}”.`,
  token_silent: () => 'The token endpoint did not answer.',
  secret_missing: () => 'Enter the client secret to test it.',
  not_checked: () => 'Not checked: the step before must pass first.',
};

const finding =
  (ok: boolean) =>
  (step: SsoTestStep, reason: SsoTestReason, values: Values = {}): Step => ({
    step,
    ok,
    message: MESSAGES[reason](values),
    reason,
    values,
  });
const passed = finding(true);
const failed = finding(false);

/** Why discovery failed, in words an Admin can act on. */
function discoveryProblem(error: unknown, issuerUrl: string): Step {
  const code = (error as { code?: string }).code;
  const wellKnown = `${issuerUrl.replace(/\/$/, '')}/.well-known/openid-configuration`;
  if (code === 'OAUTH_HTTP_REQUEST_FORBIDDEN') return failed('discovery', 'https_required');
  if (code === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED')
    return failed('discovery', 'issuer_mismatch', { wellKnown });
  if (code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || code === 'OAUTH_RESPONSE_IS_NOT_JSON')
    return failed('discovery', 'no_discovery', { wellKnown });
  if (error instanceof TypeError || code === undefined)
    return failed('discovery', 'unreachable', { host: new URL(issuerUrl).host });
  return failed('discovery', 'discovery_unusable', { wellKnown, code });
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
    return failed('authorization', 'authorization_silent', { origin: url.origin });
  }
  const location = response.headers.get('location');
  if (response.status >= 400)
    return failed('authorization', 'authorization_refused', { redirectUri });
  if (location?.startsWith(redirectUri)) {
    const answer = new URL(location).searchParams;
    const error = answer.get('error');
    const description = answer.get('error_description');
    if (error)
      return failed('authorization', 'authorization_error', {
        answer: description ? `${error}: ${description}` : error,
      });
  }
  return passed('authorization', 'authorization_accepted', { redirectUri });
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
    return failed('client_secret', 'made_up_code_accepted');
  } catch (error) {
    if (
      error instanceof client.ResponseBodyError ||
      error instanceof client.WWWAuthenticateChallengeError
    ) {
      const code = error instanceof client.ResponseBodyError ? error.error : error.code;
      if (code === 'invalid_grant') return passed('client_secret', 'secret_accepted');
      if (code === 'invalid_client' || error instanceof client.WWWAuthenticateChallengeError)
        return failed('client_secret', 'secret_refused');
      if (code === 'unauthorized_client') return failed('client_secret', 'code_flow_not_allowed');
      return failed('client_secret', 'token_error', { code });
    }
    return failed('client_secret', 'token_silent');
  }
}

/** Discovery, then the authorization endpoint, then the token endpoint: each step explains what it found. */
export async function testConnection(
  ctx: AppContext,
  input: { issuerUrl: string; clientId: string; clientSecret: string | undefined },
): Promise<SsoTestResult> {
  let config: client.Configuration;
  try {
    config = await discoverIdp(ctx, { ...input, clientSecret: input.clientSecret ?? '' });
  } catch (error) {
    return {
      ok: false,
      steps: [
        discoveryProblem(error, input.issuerUrl),
        failed('authorization', 'not_checked'),
        failed('client_secret', 'not_checked'),
      ],
    };
  }
  const steps: Step[] = [passed('discovery', 'found', { issuer: config.serverMetadata().issuer })];
  const redirectUri = redirectUriOf(ctx);
  steps.push(await probeAuthorization(config, redirectUri));
  steps.push(
    input.clientSecret === undefined
      ? failed('client_secret', 'secret_missing')
      : await probeSecret(config, redirectUri),
  );
  return { ok: steps.every((step) => step.ok), steps };
}
