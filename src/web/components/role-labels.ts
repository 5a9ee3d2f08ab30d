import type { Role } from '../../common/roles';

export const ROLE_LABELS: Record<Role, string> = { admin: 'Admin', viewer: 'Viewer' };
