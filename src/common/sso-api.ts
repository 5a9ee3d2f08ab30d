import { Type, type Static } from 'typebox';
import { PlainText } from './input-schemas.js';
import { ROLES } from './roles.js';
import { nullableOutput, StringEnum } from './schema-kit.js';
import { SSO_ERROR_MESSAGES } from './plain-values.js';
export { SSO_ERROR_MESSAGES } from './plain-values.js';

/**
 * The organization's single sign-on (OpenID Connect) and SCIM provisioning settings, as the
 * portal API sends and takes them (docs/sso.md). The client secret goes in, never out.
 */
const Role = Type.Union([Type.Literal(ROLES[0]), Type.Literal(ROLES[1])], {
  description: 'admin or viewer',
});

/** A DNS name such as `northwind.example`, lower case. */
export const EMAIL_DOMAIN_PATTERN =
  '^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$';

export const SsoSettings = Type.Object({
  configured: Type.Boolean({ description: 'False until an Admin saves a connection.' }),
  issuerUrl: nullableOutput(Type.String({ description: 'The IdP issuer (discovery base).' })),
  clientId: nullableOutput(Type.String()),
  hasClientSecret: Type.Boolean({ description: 'A secret is stored; it is never sent back.' }),
  allowedDomains: Type.Array(Type.String(), {
    description: 'Email domains that may sign in and join on first sign-in.',
  }),
  defaultRole: Role,
  ssoRequired: Type.Boolean({
    description:
      'Members sign in with SSO only; an Admin’s password sign-in stays as the audited recovery path.',
  }),
  signInUrl: Type.String({ description: 'The organization’s sign-in link (/sso/<slug>).' }),
  redirectUri: Type.String({ description: 'Register this redirect URI at the IdP.' }),
  scimBaseUrl: Type.String({ description: 'Base URL of the organization’s SCIM 2.0 service.' }),
  updatedAt: nullableOutput(Type.String({ format: 'date-time' })),
});
export type SsoSettings = Static<typeof SsoSettings>;

const IssuerUrl = Type.String({
  minLength: 8,
  maxLength: 500,
  pattern: '^https?://[^\\s]+$',
  description: 'The issuer URL, e.g. https://login.example.com/oauth2/default',
});
const ClientId = PlainText({ minLength: 1, maxLength: 300 });
const ClientSecret = PlainText({ minLength: 1, maxLength: 1000 });

export const SsoSettingsInput = Type.Object(
  {
    issuerUrl: IssuerUrl,
    clientId: ClientId,
    clientSecret: Type.Optional(ClientSecret),
    allowedDomains: Type.Array(Type.String({ maxLength: 253 }), { minItems: 1, maxItems: 50 }),
    defaultRole: Role,
    ssoRequired: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type SsoSettingsInput = Static<typeof SsoSettingsInput>;

/** What "Test connection" checks; the secret may be left out to test the stored one. */
export const SsoTestInput = Type.Object(
  { issuerUrl: IssuerUrl, clientId: ClientId, clientSecret: Type.Optional(ClientSecret) },
  { additionalProperties: false },
);
export type SsoTestInput = Static<typeof SsoTestInput>;

export const SSO_TEST_STEPS = ['discovery', 'authorization', 'client_secret'] as const;
export type SsoTestStep = (typeof SSO_TEST_STEPS)[number];

/** What a connection test step found, as a code the portal words in the member's language (decision 137). */
export const SSO_TEST_REASONS = [
  'found',
  'https_required',
  'issuer_mismatch',
  'no_discovery',
  'unreachable',
  'discovery_unusable',
  'authorization_silent',
  'authorization_refused',
  'authorization_error',
  'authorization_accepted',
  'secret_accepted',
  'secret_refused',
  'code_flow_not_allowed',
  'made_up_code_accepted',
  'token_error',
  'token_silent',
  'secret_missing',
  'not_checked',
] as const;
export type SsoTestReason = (typeof SSO_TEST_REASONS)[number];

export const SsoTestResult = Type.Object({
  ok: Type.Boolean(),
  steps: Type.Array(
    Type.Object({
      step: Type.Union([
        Type.Literal('discovery'),
        Type.Literal('authorization'),
        Type.Literal('client_secret'),
      ]),
      ok: Type.Boolean(),
      message: Type.String({ description: 'What was found, in plain (English) words.' }),
      reason: StringEnum(SSO_TEST_REASONS, { description: 'What was found, as a stable code.' }),
      values: Type.Record(Type.String(), Type.String(), {
        description: 'The particulars the message names (issuer, URLs, the provider’s answer).',
      }),
    }),
  ),
});
export type SsoTestResult = Static<typeof SsoTestResult>;

export const SsoStartInput = Type.Object(
  {
    email: Type.Optional(Type.String({ minLength: 3, maxLength: 254 })),
    organization: Type.Optional(PlainText({ minLength: 1, maxLength: 100 })),
    redirect: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type SsoStartInput = Static<typeof SsoStartInput>;

export const SsoStartAnswer = Type.Object({
  authorizationUrl: Type.String({ description: 'Send the browser here.' }),
});
export type SsoStartAnswer = Static<typeof SsoStartAnswer>;

export const ScimTokenItem = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  hint: Type.String({ description: 'The last four characters of the token.' }),
  createdAt: Type.String({ format: 'date-time' }),
  createdBy: nullableOutput(Type.String()),
  lastUsedAt: nullableOutput(Type.String({ format: 'date-time' })),
});
export type ScimTokenItem = Static<typeof ScimTokenItem>;

export const ScimTokenList = Type.Object({ items: Type.Array(ScimTokenItem) });
export type ScimTokenList = Static<typeof ScimTokenList>;

export const ScimTokenInput = Type.Object(
  { name: PlainText({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
export type ScimTokenInput = Static<typeof ScimTokenInput>;

export const CreatedScimToken = Type.Object({
  token: Type.String({ description: 'Shown this once; only its hash is stored.' }),
  item: ScimTokenItem,
});
export type CreatedScimToken = Static<typeof CreatedScimToken>;

export type SsoErrorCode = keyof typeof SSO_ERROR_MESSAGES;
