import { Type, type Static } from 'typebox';
import { PlainText, RecordId } from './input-schemas.js';
import {
  DateRangeQuery,
  filterSchema,
  listQuerySchema,
  SearchQuery,
  sortQuery,
} from './list-query-schema.js';
import {
  Instant,
  NullableInteger,
  NullableText,
  nullableOutput,
  PageOf,
  StringEnum,
} from './schema-kit.js';
import { AUDIT_TYPES } from './plain-values.js';
export { AUDIT_TYPES } from './plain-values.js';

export type AuditEventType = (typeof AUDIT_TYPES)[number];

export const AUDIT_TYPE_LABELS: Record<AuditEventType, string> = {
  members: 'Members',
  licenses: 'Licenses',
  activations: 'Activations',
  downloads: 'Downloads',
  security: 'Security',
  settings: 'Settings',
};

const AuditFilterFields = {
  ...DateRangeQuery,
  ...SearchQuery,
  type: Type.Optional(StringEnum(AUDIT_TYPES)),
  userId: Type.Optional(RecordId('Only events by this user')),
  actor: Type.Optional(
    PlainText({
      maxLength: 200,
      description: 'Only events by this actor that is not a member, e.g. "Software"',
    }),
  ),
  ...sortQuery(['occurredAt'], { sort: 'occurredAt', direction: 'desc' }),
};

/** The filters of the Audit & Event Log; the exports take the same ones. */
export const AuditFilters = filterSchema(AuditFilterFields);
export type AuditFilters = Static<typeof AuditFilters>;

export const AuditListQuery = listQuerySchema(AuditFilterFields);
export type AuditListQuery = Static<typeof AuditListQuery>;

export const AuditEventItem = Type.Object({
  id: Type.Integer(),
  occurredAt: Instant(),
  message: Type.String(),
  type: StringEnum(AUDIT_TYPES),
  action: Type.String({ examples: ['license.key_revealed'] }),
  user: Type.String(),
  userId: NullableInteger(),
  ip: NullableText(),
});
export type AuditEventItem = Static<typeof AuditEventItem>;

export const AuditEventPage = PageOf(AuditEventItem);

export const AuditActor = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  email: Type.String(),
});
export type AuditActor = Static<typeof AuditActor>;

/** Whom the User filter offers: the members in the log, and the labels of actors that are not members. */
export const AuditActors = Type.Object({
  users: Type.Array(AuditActor),
  systemActors: Type.Array(Type.String(), {
    description:
      '"Software", "Vendor", "Heartbeat monitor"…: filtered by the `actor` query parameter.',
  }),
});
export type AuditActors = Static<typeof AuditActors>;

export const AuditChainVerification = Type.Object({
  intact: Type.Boolean(),
  checkedEvents: Type.Integer(),
  head: nullableOutput(
    Type.Object(
      { id: Type.Integer(), hash: Type.String(), occurredAt: Instant() },
      {
        description:
          'The newest event checked: note its hash to detect later removal of the newest events.',
      },
    ),
  ),
  firstBrokenEvent: nullableOutput(
    Type.Object({
      id: Type.Integer(),
      occurredAt: Instant(),
      reason: StringEnum(['altered', 'predecessor_missing']),
    }),
  ),
});
export type AuditChainVerification = Static<typeof AuditChainVerification>;
