import { Type } from 'typebox';
import { LANGUAGES, NOTIFICATION_TOPICS } from '../../../common/preferences.js';
import { PASSWORD_MAX_LENGTH } from '../../../common/password-rules.js';

const strict = { additionalProperties: false };
const oneOf = <T extends string>(values: readonly T[]) =>
  Type.Union(values.map((value) => Type.Literal(value)));
/** Long enough for any password the rules accept, so the rules can say what is wrong with it. */
export const Password = Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH * 4 });
export const Token = Type.String({ minLength: 16, maxLength: 128 });

export const ProfileChange = Type.Object(
  {
    firstName: Type.Optional(Type.String({ maxLength: 100 })),
    lastName: Type.Optional(Type.String({ maxLength: 100 })),
    phone: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
  },
  strict,
);

export const EmailChange = Type.Object(
  { newEmail: Type.String({ minLength: 3, maxLength: 254 }), password: Password },
  strict,
);

export const PasswordChange = Type.Object(
  { currentPassword: Password, newPassword: Password },
  strict,
);

const Channels = Type.Object(
  { email: Type.Optional(Type.Boolean()), inPortal: Type.Optional(Type.Boolean()) },
  strict,
);

export const PreferencesChange = Type.Object(
  {
    timezone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    language: Type.Optional(oneOf([...LANGUAGES, 'browser'] as const)),
    theme: Type.Optional(oneOf(['light', 'dark', 'system'] as const)),
    dateDisplay: Type.Optional(oneOf(['absolute', 'relative'] as const)),
    density: Type.Optional(oneOf(['comfortable', 'compact'] as const)),
    notifications: Type.Optional(
      Type.Object(
        Object.fromEntries(NOTIFICATION_TOPICS.map((topic) => [topic, Type.Optional(Channels)])),
        strict,
      ),
    ),
  },
  strict,
);
