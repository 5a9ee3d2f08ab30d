/**
 * Licenses assigned to people (docs/decisions/090-license-assignments.md): an Admin assigns
 * seats of a license to a member, or to an email that gets an invitation and the seats on
 * acceptance.
 */
import { Type, type Static } from 'typebox';
import { Instant, NullableInteger, nullableOutput } from './schema-kit.js';
import { INVENTORY_VIEWS } from './plain-values.js';
export { INVENTORY_VIEWS, ASSIGNEE_FILTER_PATTERN } from './plain-values.js';

export type InventoryView = (typeof INVENTORY_VIEWS)[number];

export const INVENTORY_VIEW_LABELS: Record<InventoryView, string> = {
  mine: 'Assigned to me',
  organization: 'Whole organization',
};

/**
 * The "Assigned to" filter of the license lists: `me`, `none` (no assignee) or a member's user id.
 * Absent = everything the member may see.
 */
export type AssigneeFilter = 'me' | 'none' | number;

export const AssignmentItem = Type.Object({
  assignmentId: Type.Integer(),
  userId: NullableInteger('Null while the assignee’s invitation is not accepted.'),
  email: Type.String(),
  name: Type.String({ description: 'The member’s name, or the email for a pending invitation.' }),
  quantity: Type.Integer(),
  pending: Type.Boolean(),
  assignedAt: Instant(),
  assignedBy: Type.String(),
  inUse: Type.Integer({
    description: 'Seats the assignee’s live activations of the license hold.',
  }),
});
export type AssignmentItem = Static<typeof AssignmentItem>;

export const LicenseAssignments = Type.Object({
  licenseId: Type.Integer(),
  productName: Type.String(),
  entitlementPublicId: Type.String(),
  seats: Type.Integer(),
  assigned: Type.Integer({
    description: 'Seats assigned to someone, pending invitations included.',
  }),
  sharedSeats: Type.Boolean({
    description: 'An Admin let others’ activations use assigned seats (no SEAT_ASSIGNED refusal).',
  }),
  assignments: Type.Array(AssignmentItem),
});
export type LicenseAssignments = Static<typeof LicenseAssignments>;

const AssigneeEmail = Type.String({
  minLength: 3,
  maxLength: 254,
  pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
  description:
    'A member’s email, or an address that gets an invitation (as Viewer) and the seats on acceptance',
});
const Quantity = Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'Seats assigned' });

export const AssignLicenseInput = Type.Object(
  { email: AssigneeEmail, quantity: Quantity },
  { additionalProperties: false },
);
export type AssignLicenseInput = Static<typeof AssignLicenseInput>;

/** Re-assign to another member or address, or change the seats. */
export const ChangeAssignmentInput = Type.Object(
  { email: Type.Optional(AssigneeEmail), quantity: Type.Optional(Quantity) },
  { additionalProperties: false, minProperties: 1 },
);
export type ChangeAssignmentInput = Static<typeof ChangeAssignmentInput>;

export const SharedSeatsInput = Type.Object(
  { shared: Type.Boolean() },
  { additionalProperties: false },
);
export type SharedSeatsInput = Static<typeof SharedSeatsInput>;

export const AssignmentChanged = Type.Object({
  assignment: nullableOutput(AssignmentItem),
  emailDelivered: Type.Boolean({
    description:
      'False when a mail to the assignee (or the invitation) was not taken by the mail server at once; it is retried with backoff.',
  }),
  invited: Type.Boolean({
    description: 'True when the address was not a member and got an invitation.',
  }),
});
export type AssignmentChanged = Static<typeof AssignmentChanged>;

/** Who a license line is assigned to, as the lists and panels show it (a schema: License Keys validates it). */
export const AssigneeSummary = Type.Object({
  name: Type.String({ description: 'The member’s name, or the invited email while pending' }),
  quantity: Type.Integer({ description: 'Seats assigned' }),
  pending: Type.Boolean({ description: 'The invitation is not accepted yet' }),
  isMe: Type.Boolean({ description: 'The signed-in member' }),
});
export type AssigneeSummary = Static<typeof AssigneeSummary>;
