import { Button, Group, Stack } from '@mantine/core';
import { AppModal } from '../../components/AppModal';
import { useEffect, useState } from 'react';
import type { MemberItem } from '../../../common/members-api';
import type { Role } from '../../../common/roles';
import { useLabels } from '../../i18n/labels';
import { useChangeMemberRole } from './api/change-member-role';
import { notifyFailed, notifySaved } from '../../components/notify';
import { RoleRadioGroup } from '../../components/RoleRadioGroup';
import { useTranslation } from 'react-i18next';

interface ChangeRoleModalProps {
  member: MemberItem;
  name: string;
  opened: boolean;
  onClose: () => void;
}

export function ChangeRoleModal({ member, name, opened, onClose }: ChangeRoleModalProps) {
  const [role, setRole] = useState<Role>(member.role);
  const change = useChangeMemberRole();
  const { t } = useTranslation();
  const labels = useLabels();
  useEffect(() => setRole(member.role), [member.role, opened]);
  const save = () =>
    change.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () => {
          notifySaved(t('members.role.changed', { name, role: labels.role(role) }));
          onClose();
        },
        onError: (error) => notifyFailed(t('members.role.failed', { name }), error),
      },
    );

  return (
    <AppModal opened={opened} onClose={onClose} title={t('members.role.title', { name })}>
      <Stack gap="md">
        <RoleRadioGroup value={role} onChange={setRole} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} loading={change.isPending} disabled={role === member.role}>
            {t('members.role.save')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
