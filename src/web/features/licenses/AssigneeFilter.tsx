import { Select } from '@mantine/core';
import { useMembers } from '../../api/members';

/** The "Assigned to" filter: everyone, the signed-in member, nobody, or one member. */
export function AssigneeFilter({
  value,
  onChange,
}: {
  value: string;
  onChange: (next: string) => void;
}) {
  const members = useMembers({ limit: 100 });
  const data = [
    { value: 'all', label: 'Anyone or nobody' },
    { value: 'me', label: 'Assigned to me' },
    { value: 'none', label: 'Not assigned' },
    ...(members.data?.items ?? []).map((m) => ({
      value: String(m.userId),
      label: `${m.firstName} ${m.lastName}`.trim() || m.email,
    })),
  ];
  return (
    <Select
      label="Assigned to"
      data={data}
      value={value}
      onChange={(next) => next && onChange(next)}
      allowDeselect={false}
      searchable
      w={200}
    />
  );
}
