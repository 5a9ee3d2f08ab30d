import { Button, Group, Stack } from '@mantine/core';
import { AppModal } from '../../components/AppModal';
import { useEffect, useState } from 'react';
import type { MemberItem } from '../../../common/members-api';
import { ROLE_LABELS, type Role } from '../../../common/roles';
import { useChangeMemberRole } from './api/change-member-role';
import { notifyFailed, notifySaved } from '../../components/notify';
import { RoleRadioGroup } from '../../components/RoleRadioGroup';

interface ChangeRoleModalProps {
  member: MemberItem;
  name: string;
  opened: boolean;
  onClose: () => void;
}

export function ChangeRoleModal({ member, name, opened, onClose }: ChangeRoleModalProps) {
  const [role, setRole] = useState<Role>(member.role);
  const change = useChangeMemberRole();
  useEffect(() => setRole(member.role), [member.role, opened]);
  const save = () =>
    change.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () => {
          notifySaved(`${name} is now ${ROLE_LABELS[role]}.`);
          onClose();
        },
        onError: (error) => notifyFailed(`The role of ${name} could not be changed`, error),
      },
    );

  return (
    <AppModal opened={opened} onClose={onClose} title={`Change the role of ${name}`}>
      <Stack gap="md">
        <RoleRadioGroup value={role} onChange={setRole} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} loading={change.isPending} disabled={role === member.role}>
            Save role
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
