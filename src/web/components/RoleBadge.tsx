import { Badge } from '@mantine/core';
import type { Role } from '../../common/roles';
import { ROLE_LABELS } from './role-labels';

export function RoleBadge({ role }: { role: Role }) {
  return (
    <Badge variant="light" color={role === 'admin' ? 'indigo' : 'gray'} radius="sm">
      {ROLE_LABELS[role]}
    </Badge>
  );
}
