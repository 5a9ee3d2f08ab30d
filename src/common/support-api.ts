import { Type, type Static } from 'typebox';
import { VALIDATION_CODES } from './license-validation.js';
import { NullableText, nullableOutput, StringEnum } from './schema-kit.js';

/** The vendor's support contact and what the portal pre-fills when a member asks for help (decision 092). */
export const SupportContact = Type.Object({ email: NullableText(), url: NullableText() });
export type SupportContact = Static<typeof SupportContact>;

export const SupportQuery = Type.Object({
  licenseId: Type.Optional(Type.Integer({ minimum: 1 })),
});

export const SupportRequestContext = Type.Object({
  organizationName: Type.String(),
  contact: Type.Object(SupportContact.properties, {
    description:
      'The product’s contact, else the vendor’s global one; both null when none is configured.',
  }),
  license: nullableOutput(
    Type.Object({
      licenseId: Type.Integer(),
      productName: Type.String(),
      entitlementPublicId: Type.String(),
      salesOrder: Type.String(),
      maskedKey: Type.String(),
      validationCode: StringEnum(VALIDATION_CODES, {
        description: 'What validating the license (without a machine) answers now.',
      }),
    }),
  ),
});
export type SupportRequestContext = Static<typeof SupportRequestContext>;

export const RenewalRequestInput = Type.Object(
  {
    message: Type.Optional(
      Type.String({
        maxLength: 2000,
        description: 'Optional words for the vendor (seats wanted, term…).',
      }),
    ),
  },
  { additionalProperties: false },
);
export type RenewalRequestInput = Static<typeof RenewalRequestInput>;

export const RenewalRequested = Type.Object({
  emailDelivered: Type.Boolean({
    description:
      'False when the mail server did not take the mail at once (it is retried with backoff); the request is audited either way.',
  }),
  sentTo: Type.String(),
});
export type RenewalRequested = Static<typeof RenewalRequested>;
