import { Select } from '@mantine/core';
import { useMembers } from '../../api/members';
import { useTranslation } from 'react-i18next';

/** The "Assigned to" filter: everyone, the signed-in member, nobody, or one member. */
export function AssigneeFilter({
  value,
  onChange,
}: {
  value: string;
  onChange: (next: string) => void;
}) {
  const members = useMembers({ limit: 100 });
  const { t } = useTranslation();
  const data = [
    { value: 'all', label: t('licenses.assigneeFilter.all') },
    { value: 'me', label: t('licenses.assigneeFilter.me') },
    { value: 'none', label: t('licenses.assigneeFilter.none') },
    ...(members.data?.items ?? []).map((m) => ({
      value: String(m.userId),
      label: `${m.firstName} ${m.lastName}`.trim() || m.email,
    })),
  ];
  return (
    <Select
      label={t('licenses.assigneeFilter.label')}
      data={data}
      value={value}
      onChange={(next) => next && onChange(next)}
      allowDeselect={false}
      searchable
      w={200}
    />
  );
}
