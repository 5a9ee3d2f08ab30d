import { Select } from '@mantine/core';
import { ROLES } from '../../../common/plain-values';
import type { Role } from '../../../common/roles';
import { useLabels } from '../../i18n/labels';
import { useTranslation } from 'react-i18next';

const ALL = 'all';

export function RoleFilter({
  value,
  onChange,
}: {
  value: Role | undefined;
  onChange: (role: Role | undefined) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <Select
      label={t('members.columns.role')}
      data={[
        { value: ALL, label: t('members.allRoles') },
        ...ROLES.map((role) => ({ value: role, label: labels.role(role) })),
      ]}
      value={value ?? ALL}
      onChange={(next) => onChange(next && next !== ALL ? (next as Role) : undefined)}
      allowDeselect={false}
      w={150}
    />
  );
}
