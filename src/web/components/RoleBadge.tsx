import { Badge } from '@mantine/core';
import type { Role } from '../../common/roles';
import { useLabels } from '../i18n/labels';

export function RoleBadge({ role }: { role: Role }) {
  const labels = useLabels();
  return (
    <Badge variant="light" color={role === 'admin' ? 'indigo' : 'gray'} radius="sm">
      {labels.role(role)}
    </Badge>
  );
}
