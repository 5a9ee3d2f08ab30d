import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconUserCog, IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import type { MemberItem } from '../../../common/members-api';
import { useRemoveMember } from './api/remove-member';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyFailed, notifySaved } from '../../components/notify';
import { ChangeRoleModal } from './ChangeRoleModal';
import { useTranslation } from 'react-i18next';

const fullName = (member: MemberItem) =>
  `${member.firstName} ${member.lastName}`.trim() || member.email;

/** A row's menu: change role, remove (or leave, on one's own row). The server decides whether it may happen. */
export function MemberActions({ member, isSelf }: { member: MemberItem; isSelf: boolean }) {
  const [dialog, setDialog] = useState<'role' | 'remove' | null>(null);
  const { t } = useTranslation();
  const remove = useRemoveMember();
  const name = fullName(member);
  const confirmRemove = () =>
    remove.mutate(member.userId, {
      onSuccess: () => {
        notifySaved(isSelf ? t('members.remove.left') : t('members.remove.removed', { name }));
        setDialog(null);
      },
      onError: (error) =>
        notifyFailed(
          isSelf ? t('members.remove.leaveFailed') : t('members.remove.failed', { name }),
          error,
        ),
    });

  return (
    <>
      {/* In place (a portalled menu is outside every landmark, axe's region rule), and fixed so
          the table's scrolling frame does not clip it. */}
      <Menu
        position="bottom-end"
        withInitialFocusPlaceholder={false}
        withinPortal={false}
        floatingStrategy="fixed"
      >
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={t('members.actionsFor', { name })}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconUserCog size={16} aria-hidden />}
            onClick={() => setDialog('role')}
          >
            {t('members.role.change')}
          </Menu.Item>
          <Menu.Item
            color="red"
            // Mantine's red 6 falls short of 4.5:1 on the dropdown, light and dark.
            c="var(--mantine-color-error)"
            leftSection={<IconUserMinus size={16} aria-hidden />}
            onClick={() => setDialog('remove')}
          >
            {isSelf ? t('members.remove.leaveItem') : t('members.remove.item')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangeRoleModal
        member={member}
        name={name}
        opened={dialog === 'role'}
        onClose={() => setDialog(null)}
      />
      <ConfirmDialog
        opened={dialog === 'remove'}
        title={isSelf ? t('members.remove.leaveTitle') : t('members.remove.title', { name })}
        confirmLabel={isSelf ? t('members.remove.leave') : t('members.remove.confirm')}
        danger
        loading={remove.isPending}
        onConfirm={confirmRemove}
        onClose={() => setDialog(null)}
      >
        {isSelf
          ? t('members.remove.leaveText')
          : t('members.remove.text', { name, email: member.email })}
      </ConfirmDialog>
    </>
  );
}
