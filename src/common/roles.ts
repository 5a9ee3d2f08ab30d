import { StringEnum } from './schema-kit.js';

export const ROLES = ['admin', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { admin: 'Admin', viewer: 'Viewer' };

/** A member's role, as an enum of the OpenAPI document. */
export const RoleSchema = StringEnum(ROLES, {
  description: 'admin (full access) or viewer (view only)',
});
