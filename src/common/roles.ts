import { StringEnum } from './schema-kit.js';
import { ROLES } from './plain-values.js';
export { ROLES } from './plain-values.js';

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { admin: 'Admin', viewer: 'Viewer' };

/** A member's role, as an enum of the OpenAPI document. */
export const RoleSchema = StringEnum(ROLES, {
  description: 'admin (full access) or viewer (view only)',
});
