import type { Role } from './roles.js';

export const MEMBER_SEARCH_SCOPES = ['name', 'email', 'phone'] as const;
export type MemberSearchScope = (typeof MEMBER_SEARCH_SCOPES)[number];

export const MEMBER_SEARCH_SCOPE_LABELS: Record<MemberSearchScope, string> = {
  name: 'First/Last Name',
  email: 'Email',
  phone: 'Phone',
};

export const MEMBER_SORT_COLUMNS = ['firstName', 'lastName', 'email', 'role'] as const;
export type MemberSortColumn = (typeof MEMBER_SORT_COLUMNS)[number];

export interface MemberItem {
  userId: number;
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  phone: string | null;
  joinedAt: string;
}

export interface InvitationItem {
  id: number;
  email: string;
  phone: string | null;
  role: Role;
  addedAt: string;
  expiresAt: string;
  status: 'pending' | 'expired';
  sendCount: number;
}

export interface InvitationCreated {
  invitation: InvitationItem;
  /** False when the mail server refused the message: the invitation stands, Resend retries. */
  emailDelivered: boolean;
}

export interface InvitationPreview {
  organizationName: string;
  email: string;
  role: Role;
  expiresAt: string;
  /** An account with this email exists: it must be signed in to accept. */
  accountExists: boolean;
}
