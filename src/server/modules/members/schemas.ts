import { Type } from 'typebox';
import { ROLES } from '../../../common/roles.js';

export const RoleSchema = Type.Union(
  ROLES.map((role) => Type.Literal(role)),
  { description: 'admin (full access) or viewer (view only)' },
);
