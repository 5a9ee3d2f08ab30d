/**
 * Licenses assigned to people (docs/decisions/090-license-assignments.md): an Admin assigns
 * seats of a license to a member, or to an email that gets an invitation and the seats on
 * acceptance.
 */
import { Type, type Static } from 'typebox';

/** Whose licenses a list or the Dashboard shows: the member's own assignments or the organization's. */
export const INVENTORY_VIEWS = ['mine', 'organization'] as const;
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
export const ASSIGNEE_FILTER_PATTERN = '^(me|none|[1-9][0-9]{0,9})$';

export interface AssignmentItem {
  assignmentId: number;
  /** Null while the assignee's invitation is not accepted. */
  userId: number | null;
  email: string;
  /** The member's name, or the email for a pending invitation. */
  name: string;
  quantity: number;
  pending: boolean;
  assignedAt: string;
  assignedBy: string;
  /** Seats the assignee's live activations of the license hold. */
  inUse: number;
}

export interface LicenseAssignments {
  licenseId: number;
  productName: string;
  entitlementPublicId: string;
  seats: number;
  /** Seats assigned to someone, pending invitations included. */
  assigned: number;
  /** An Admin let others' activations use assigned seats (no SEAT_ASSIGNED refusal). */
  sharedSeats: boolean;
  assignments: AssignmentItem[];
}

export interface AssignLicenseInput {
  /** A member's email, or an address that gets an invitation (as Viewer) and the seats on acceptance. */
  email: string;
  quantity: number;
}

export interface ChangeAssignmentInput {
  /** Re-assign to another member or address. */
  email?: string;
  quantity?: number;
}

export interface AssignmentChanged {
  assignment: AssignmentItem | null;
  /** False when the mail to the assignee (or the invitation) could not be handed to the mail server. */
  emailDelivered: boolean;
  /** True when the address was not a member and got an invitation. */
  invited: boolean;
}

/** Who a license line is assigned to, as the lists and panels show it (a schema: License Keys validates it). */
export const AssigneeSummary = Type.Object({
  name: Type.String({ description: 'The member’s name, or the invited email while pending' }),
  quantity: Type.Integer({ description: 'Seats assigned' }),
  pending: Type.Boolean({ description: 'The invitation is not accepted yet' }),
  isMe: Type.Boolean({ description: 'The signed-in member' }),
});
export type AssigneeSummary = Static<typeof AssigneeSummary>;
