import { Badge } from '@mantine/core';
import { ROLE_LABELS, type Role } from '../../common/roles';

export function RoleBadge({ role }: { role: Role }) {
  return (
    <Badge variant="light" color={role === 'admin' ? 'indigo' : 'gray'} radius="sm">
      {ROLE_LABELS[role]}
    </Badge>
  );
}
