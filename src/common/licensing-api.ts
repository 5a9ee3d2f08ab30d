import { Type, type Static } from 'typebox';
import { ACTIVATION_KINDS } from './activation-kinds.js';
import { ErrorBody } from './api-error.js';
import { FEATURE_CODE_PATTERN } from './license-features.js';
import { GrantedFeatureSchema } from './license-features-schema.js';
import { LICENSE_STATUSES } from './license-status.js';
import { LICENSE_CHECK_CODES, LICENSE_CHECKS, VALIDATION_CODES } from './license-validation.js';
import { nullableOutput, StringEnum } from './schema-kit.js';

/**
 * The licensing API (/v1) for installed software: what it takes and answers. The routes
 * validate and serialise with these, the OpenAPI document shows them, and clients in any
 * language are generated from that document.
 */

const text = (description: string, maxLength = 255) =>
  Type.String({ minLength: 1, maxLength, description });

export const LicenseKey = text(
  'The license key, e.g. 7KQ2M-XH4PD-ZR9WT-C3NVB-L8FJA. It authenticates the call.',
  64,
);
export const Identifier = text(
  'What the activation binds: a machine fingerprint (HWID), a domain name, or a serial number.',
);
const ProductCode = text(
  'The code of the product the software is, e.g. ATLAS-CAD; another product’s key is refused with PRODUCT_MISMATCH.',
  64,
);

export const ActivationScope = Type.Object({ key: LicenseKey, identifier: Identifier });
export type ActivationScope = Static<typeof ActivationScope>;

const FeatureCode = Type.String({
  pattern: FEATURE_CODE_PATTERN,
  description: 'A feature code, e.g. fea-solver.',
});

export const ValidateBody = Type.Object({
  key: LicenseKey,
  identifier: Type.Optional(Identifier),
  product: Type.Optional(ProductCode),
  scope: Type.Optional(
    Type.Object({
      features: Type.Optional(
        Type.Array(FeatureCode, {
          maxItems: 50,
          description:
            'Features the software is about to enable; one the license lacks answers FEATURE_NOT_ENTITLED, one that ended FEATURE_EXPIRED.',
        }),
      ),
    }),
  ),
});
export type ValidateBody = Static<typeof ValidateBody>;

export const MachineDetails = {
  name: Type.Optional(text('A display name for the activation.')),
  hostname: Type.Optional(text('The machine’s host name.')),
  platform: Type.Optional(text('Operating system and version, e.g. "Windows 11".')),
};

export const ActivateBody = Type.Object({
  key: LicenseKey,
  identifier: Identifier,
  kind: Type.Optional(
    StringEnum(ACTIVATION_KINDS, {
      description: 'Defaults to the product’s kind; another kind is refused.',
    }),
  ),
  product: Type.Optional(ProductCode),
  quantity: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 100_000,
      description: 'Seats this activation holds (default 1).',
    }),
  ),
  user: Type.Optional(
    Type.String({
      minLength: 3,
      maxLength: 254,
      description:
        'Email of the member the activation is for: it uses their assigned seats and is attributed to them.',
    }),
  ),
  ...MachineDetails,
});
export type ActivateBody = Static<typeof ActivateBody>;

export const LicenseFileBody = Type.Object({
  key: LicenseKey,
  identifier: Identifier,
  product: Type.Optional(ProductCode),
  validForDays: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 365,
      description:
        'How long the file is valid offline (default 30, never past the license’s expiry).',
    }),
  ),
});
export type LicenseFileBody = Static<typeof LicenseFileBody>;

export const OfflineRequestFile = Type.Object(
  {
    format: Type.Literal('offline-activation-request/1'),
    key: LicenseKey,
    product: ProductCode,
    identifier: Identifier,
    kind: Type.Optional(StringEnum(ACTIVATION_KINDS)),
    nonce: Type.String({
      minLength: 8,
      maxLength: 128,
      description:
        'Random; echoed in the response file so the machine can match it to its request.',
    }),
    createdAt: Type.Optional(Type.String({ format: 'date-time' })),
    ...MachineDetails,
  },
  { description: 'The request file the software writes on an air-gapped machine.' },
);
export type OfflineRequestFile = Static<typeof OfflineRequestFile>;

/** The portal's offline activation (POST /api/portal/activations/offline): the request file, and the project it is for. */
export const OfflineActivationRequest = Type.Object(
  {
    requestFile: OfflineRequestFile,
    projectName: Type.Optional(Type.String({ maxLength: 200 })),
    projectManager: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type OfflineActivationRequest = Static<typeof OfflineActivationRequest>;

const License = Type.Object({
  id: Type.Integer(),
  product: Type.Object({ code: Type.String(), name: Type.String() }),
  entitlement: Type.String({ description: 'The entitlement (order) id, e.g. ENT-000123.' }),
  status: StringEnum(LICENSE_STATUSES, {
    description: 'Suspended/revoked, else expired, else expiring soon (30 days), else active.',
  }),
  seats: Type.Integer(),
  liveSeats: Type.Integer({ description: 'Seats held by live activations.' }),
  expiresAt: nullableOutput(Type.String({ format: 'date-time' })),
  heartbeatIntervalSeconds: nullableOutput(Type.Integer()),
  features: Type.Optional(
    Type.Array(GrantedFeatureSchema, {
      description:
        'On validate answers: every feature the license grants, ended ones too (compare expiresAt with now).',
    }),
  ),
});

const Activation = Type.Object({
  id: Type.Integer(),
  kind: StringEnum(ACTIVATION_KINDS),
  identifier: Type.String(),
  name: nullableOutput(Type.String()),
  hostname: nullableOutput(Type.String()),
  platform: nullableOutput(Type.String()),
  quantity: Type.Integer(),
  activatedAt: Type.String({ format: 'date-time' }),
  lastHeartbeatAt: nullableOutput(Type.String({ format: 'date-time' })),
  heartbeatDeadline: nullableOutput(
    Type.String({
      format: 'date-time',
      description: 'Without a heartbeat by then, the activation stops holding its seats.',
    }),
  ),
  deactivatedAt: nullableOutput(Type.String({ format: 'date-time' })),
});

const codeList = LICENSE_CHECKS.map((c, i) => `${i + 1}. **${c.code}**: ${c.check}.`).join('\n');

export const ValidationResponse = Type.Object({
  valid: Type.Boolean(),
  code: StringEnum(VALIDATION_CODES, {
    description: `VALID, or the first failing check, in this order:\n${codeList}`,
  }),
  message: Type.String({ description: 'What the code means.' }),
  remedy: Type.String({ description: 'What to do about it.' }),
  checks: Type.Array(
    Type.Object({
      code: StringEnum(LICENSE_CHECK_CODES),
      outcome: StringEnum(['passed', 'failed', 'skipped']),
    }),
  ),
  license: nullableOutput(License),
  activation: nullableOutput(Activation),
});
export type ValidationResponse = Static<typeof ValidationResponse>;

export const ActivationResponse = Type.Object({
  created: Type.Boolean({
    description:
      'False when the identifier already held this live activation (the call is idempotent).',
  }),
  activation: Activation,
  license: License,
});
export type ActivationResponse = Static<typeof ActivationResponse>;

export const HeartbeatResponse = Type.Object({
  lastHeartbeatAt: Type.String({ format: 'date-time' }),
  heartbeatDeadline: nullableOutput(Type.String({ format: 'date-time' })),
});
export type HeartbeatResponse = Static<typeof HeartbeatResponse>;

export const DeactivationResponse = Type.Object({ activation: Activation });
export type DeactivationResponse = Static<typeof DeactivationResponse>;

export const SignedFile = Type.Object({
  format: Type.String(),
  algorithm: Type.Literal('ed25519'),
  document: Type.String({ description: 'Base64 of the UTF-8 JSON document.' }),
  signature: Type.String({
    description:
      'Base64 Ed25519 signature over the decoded document bytes; verify with GET /v1/public-key.',
  }),
});
export type SignedFile = Static<typeof SignedFile>;

export const PublicKeyResponse = Type.Object({
  algorithm: Type.Literal('ed25519'),
  publicKeyPem: Type.String(),
  publicKey: Type.String({ description: 'The raw 32-byte public key, base64.' }),
  signatureHeader: Type.String(),
  signedMessage: Type.String(),
});
export type PublicKeyResponse = Static<typeof PublicKeyResponse>;

/** The refusals an activation-related call can answer, documented per status. */
export const refusals = {
  400: ErrorBody(
    'validation_failed or invalid_request: a field is missing or malformed (see `fields`); FINGERPRINT_REQUIRED.',
  ),
  403: ErrorBody('REVOKED, SUSPENDED or EXPIRED: the license cannot be used now.'),
  404: ErrorBody(
    'NOT_FOUND: no license has this key; NOT_ACTIVATED: the identifier holds no activation.',
  ),
  409: ErrorBody(
    'SEATS_EXHAUSTED, SEAT_ASSIGNED (the free seats are assigned to others; the message names them), HEARTBEAT_DEAD or HEARTBEAT_NOT_STARTED; deactivation_limit: the license’s deactivations per period are used up.',
  ),
  422: ErrorBody('PRODUCT_MISMATCH: the key is for another product.'),
  429: ErrorBody(
    'rate_limited: too many requests for this key or from this address; see Retry-After.',
  ),
};
