import { Type, type Static } from 'typebox';
import { PlainText } from './input-schemas.js';
import { listQuerySchema, SearchQuery, sortQuery } from './list-query-schema.js';
import { PASSWORD_MAX_LENGTH } from './password-rules.js';
import { RoleSchema } from './roles.js';
import { Instant, NullableText, PageOf, StringEnum } from './schema-kit.js';
import { MEMBER_SEARCH_SCOPES, MEMBER_SORT_COLUMNS } from './plain-values.js';
export { MEMBER_SEARCH_SCOPES, MEMBER_SORT_COLUMNS } from './plain-values.js';

export type MemberSearchScope = (typeof MEMBER_SEARCH_SCOPES)[number];

export const MEMBER_SEARCH_SCOPE_LABELS: Record<MemberSearchScope, string> = {
  name: 'First/Last Name',
  email: 'Email',
  phone: 'Phone',
};

export type MemberSortColumn = (typeof MEMBER_SORT_COLUMNS)[number];

export const MemberListQuery = listQuerySchema({
  role: Type.Optional(RoleSchema),
  scope: Type.Optional(StringEnum(MEMBER_SEARCH_SCOPES, { description: 'Where q searches' })),
  ...SearchQuery,
  ...sortQuery(MEMBER_SORT_COLUMNS, { sort: 'firstName', direction: 'asc' }),
});
export type MemberListQuery = Static<typeof MemberListQuery>;

export const MemberItem = Type.Object({
  userId: Type.Integer(),
  firstName: Type.String(),
  lastName: Type.String(),
  email: Type.String(),
  role: RoleSchema,
  phone: NullableText(),
  joinedAt: Instant(),
});
export type MemberItem = Static<typeof MemberItem>;

export const MemberPage = PageOf(MemberItem);

export const RoleChange = Type.Object({ role: RoleSchema }, { additionalProperties: false });
export type RoleChange = Static<typeof RoleChange>;

export const InvitationListQuery = listQuerySchema({
  role: Type.Optional(RoleSchema),
  ...SearchQuery,
});
export type InvitationListQuery = Static<typeof InvitationListQuery>;

export const INVITATION_STATUSES = ['pending', 'expired'] as const;

export const InvitationItem = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  phone: NullableText(),
  role: RoleSchema,
  addedAt: Instant(),
  expiresAt: Instant(),
  status: StringEnum(INVITATION_STATUSES),
  sendCount: Type.Integer(),
});
export type InvitationItem = Static<typeof InvitationItem>;

export const InvitationPage = PageOf(InvitationItem);

export const NewInvitation = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    phone: Type.Optional(
      Type.Union([
        Type.String({ pattern: '^\\s*(\\+?[0-9][0-9 ()./-]{2,30})?\\s*$' }),
        Type.Null(),
      ]),
    ),
    role: RoleSchema,
  },
  { additionalProperties: false },
);
export type NewInvitation = Static<typeof NewInvitation>;

export const InvitationCreated = Type.Object({
  invitation: InvitationItem,
  emailDelivered: Type.Boolean({
    description:
      'False when the mail server did not take the message at once: the invitation stands and its mail is retried with backoff (decision 140); Resend sends a fresh link.',
  }),
});
export type InvitationCreated = Static<typeof InvitationCreated>;

export const InvitationPreview = Type.Object({
  organizationName: Type.String(),
  email: Type.String(),
  role: RoleSchema,
  expiresAt: Instant(),
  accountExists: Type.Boolean({
    description: 'An account with this email exists: it must be signed in to accept.',
  }),
});
export type InvitationPreview = Static<typeof InvitationPreview>;

/** Accepting an invitation: a new account sends its name and password; an existing one none of these. */
export const InvitationAcceptance = Type.Object(
  {
    firstName: Type.Optional(PlainText({ maxLength: 100 })),
    lastName: Type.Optional(PlainText({ maxLength: 100 })),
    password: Type.Optional(Type.String({ maxLength: PASSWORD_MAX_LENGTH })),
  },
  { additionalProperties: false },
);
export type InvitationAcceptance = Static<typeof InvitationAcceptance>;
