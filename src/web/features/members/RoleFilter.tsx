import { Select } from '@mantine/core';
import { ROLE_LABELS, ROLES, type Role } from '../../../common/roles';

const ALL = 'all';

export function RoleFilter({
  value,
  onChange,
}: {
  value: Role | undefined;
  onChange: (role: Role | undefined) => void;
}) {
  return (
    <Select
      label="Role"
      data={[
        { value: ALL, label: 'All roles' },
        ...ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      ]}
      value={value ?? ALL}
      onChange={(next) => onChange(next && next !== ALL ? (next as Role) : undefined)}
      allowDeselect={false}
      w={150}
    />
  );
}
