import { Type, type Static } from 'typebox';
import { PASSWORD_MAX_LENGTH } from './password-rules.js';
import { NOTIFICATION_TOPICS } from './preferences.js';
import { Instant, NullableText, StringEnum } from './schema-kit.js';

/** Answer of POST /auth/login: a session, or a second factor to ask for. */
export const LoginResult = Type.Union([
  Type.Object({ ok: Type.Literal(true) }),
  Type.Object({
    secondFactorRequired: Type.Literal(true),
    pendingToken: Type.String({
      description: 'Send it with the code to /auth/login/second-factor.',
    }),
  }),
]);
export type LoginResult = Static<typeof LoginResult>;

const strict = { additionalProperties: false };
/** Long enough for any password the rules accept, so the rules can say what is wrong with it. */
export const Password = Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH * 4 });
/** An emailed token (password reset, email change) or a pending sign-in. */
export const Token = Type.String({ minLength: 16, maxLength: 128 });

export const Credentials = Type.Object({
  email: Type.String({ minLength: 3, maxLength: 254 }),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
});
export type Credentials = Static<typeof Credentials>;

/** An authenticator code or a recovery code. */
export const SecondFactorCode = Type.String({ minLength: 6, maxLength: 40 });

export const SecondFactor = Type.Object({
  pendingToken: Type.String({
    minLength: 16,
    maxLength: 128,
    description: 'From the password step’s answer.',
  }),
  code: SecondFactorCode,
});
export type SecondFactor = Static<typeof SecondFactor>;

/** POST /auth/reset-password: the emailed token and the new password. */
export const PasswordReset = Type.Object({ token: Token, password: Password });
export type PasswordReset = Static<typeof PasswordReset>;

/** POST /auth/forgot-password. */
export const PasswordResetRequest = Type.Object({
  email: Type.String({ minLength: 3, maxLength: 254 }),
});

export const ProfileChange = Type.Object(
  {
    firstName: Type.Optional(Type.String({ maxLength: 100 })),
    lastName: Type.Optional(Type.String({ maxLength: 100 })),
    phone: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
  },
  strict,
);
export type ProfileChange = Static<typeof ProfileChange>;

export const EmailChange = Type.Object(
  { newEmail: Type.String({ minLength: 3, maxLength: 254 }), password: Password },
  strict,
);
export type EmailChange = Static<typeof EmailChange>;

export const PasswordChange = Type.Object(
  { currentPassword: Password, newPassword: Password },
  strict,
);
export type PasswordChange = Static<typeof PasswordChange>;

export const PasswordConfirmation = Type.Object({ password: Password }, strict);
export type PasswordConfirmation = Static<typeof PasswordConfirmation>;

export const AccountPayload = Type.Object({
  email: Type.String({ examples: ['ada@example.com'] }),
  firstName: Type.String(),
  lastName: Type.String(),
  phone: NullableText(),
  pendingEmail: NullableText('An email change waiting for its confirmation link to be opened.'),
  twoFactor: Type.Object({ enabled: Type.Boolean(), recoveryCodesLeft: Type.Integer() }),
});
export type AccountPayload = Static<typeof AccountPayload>;

export const TwoFactorSetupPayload = Type.Object({
  secret: Type.String(),
  otpauthUri: Type.String(),
  qrSvg: Type.String({ description: 'An SVG image of the otpauth URI.' }),
});
export type TwoFactorSetupPayload = Static<typeof TwoFactorSetupPayload>;

export const RecoveryCodesPayload = Type.Object({
  recoveryCodes: Type.Array(Type.String(), {
    description: 'Shown once: only their hashes are stored.',
  }),
});
export type RecoveryCodesPayload = Static<typeof RecoveryCodesPayload>;

export const SessionItem = Type.Object({
  id: Type.Integer(),
  device: Type.String(),
  ip: NullableText(),
  createdAt: Instant(),
  lastSeenAt: Instant(),
  current: Type.Boolean(),
});
export type SessionItem = Static<typeof SessionItem>;

export const SessionList = Type.Object({ sessions: Type.Array(SessionItem) });
export type SessionList = Static<typeof SessionList>;

export const OtherSessionsEnded = Type.Object({
  ended: Type.Integer({ description: 'Sessions signed out.' }),
});
export type OtherSessionsEnded = Static<typeof OtherSessionsEnded>;

export const NotificationItem = Type.Object({
  id: Type.Integer(),
  topic: StringEnum(NOTIFICATION_TOPICS),
  title: Type.String(),
  body: Type.String(),
  link: NullableText(),
  organizationName: NullableText(),
  createdAt: Instant(),
  read: Type.Boolean(),
});
export type NotificationItem = Static<typeof NotificationItem>;

export const NotificationsPayload = Type.Object({
  items: Type.Array(NotificationItem),
  unreadCount: Type.Integer(),
});
export type NotificationsPayload = Static<typeof NotificationsPayload>;

/** The listed notifications, or all of them without ids. */
export const MarkNotificationsRead = Type.Object({
  ids: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 200 })),
});
export type MarkNotificationsRead = Static<typeof MarkNotificationsRead>;

export const UnreadCount = Type.Object({ unreadCount: Type.Integer() });
export type UnreadCount = Static<typeof UnreadCount>;
