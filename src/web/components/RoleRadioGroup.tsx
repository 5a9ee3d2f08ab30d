import { Radio, Stack } from '@mantine/core';
import { ROLE_LABELS, ROLES, type Role } from '../../common/roles';

const DESCRIPTIONS: Record<Role, string> = {
  admin: 'Full access: activates licenses, manages members, exports.',
  viewer: 'View only access.',
};

export function RoleRadioGroup({
  value,
  onChange,
  error,
}: {
  value: Role;
  onChange: (role: Role) => void;
  error?: string;
}) {
  return (
    <Radio.Group
      label="Role"
      value={value}
      onChange={(next) => onChange(next as Role)}
      required
      error={error}
    >
      <Stack gap="xs" mt={6}>
        {ROLES.map((role) => (
          <Radio
            key={role}
            value={role}
            label={ROLE_LABELS[role]}
            description={DESCRIPTIONS[role]}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
