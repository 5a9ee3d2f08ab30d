import { Radio, Stack } from '@mantine/core';
import { ROLES } from '../../common/plain-values';
import type { Role } from '../../common/roles';
import { useLabels } from '../i18n/labels';
import { useTranslation } from 'react-i18next';

export function RoleRadioGroup({
  value,
  onChange,
  error,
}: {
  value: Role;
  onChange: (role: Role) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <Radio.Group
      label={t('common.role.label')}
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
            label={labels.role(role)}
            description={t(`common.role.description.${role}`)}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
