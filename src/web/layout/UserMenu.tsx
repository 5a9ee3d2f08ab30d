import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useLogout } from '../api/logout';
import { useSession } from '../api/session';
import { useLabels } from '../i18n/labels';
import { useTranslation } from 'react-i18next';

export function UserMenu() {
  const { user, role } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const labels = useLabels();
  const name = `${user.firstName} ${user.lastName}`.trim() || user.email;
  const initials =
    `${user.firstName.charAt(0)}${user.lastName.charAt(0)}`.toUpperCase() ||
    user.email.charAt(0).toUpperCase();

  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: async () => {
        // Leave the signed-in pages before dropping their data.
        await navigate({ to: '/login' });
        queryClient.clear();
      },
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('common.userMenu.signOutFailed'),
          message: error.message,
        }),
    });

  return (
    // Not portalled: a menu outside every landmark fails axe's region rule.
    // Without the focus placeholder: an unnamed focusable div inside role=menu (axe aria-required-children).
    <Menu
      position="bottom-end"
      width={240}
      withinPortal={false}
      withInitialFocusPlaceholder={false}
    >
      <Menu.Target>
        <UnstyledButton
          aria-label={t('common.userMenu.label', { name })}
          px="xs"
          py={4}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar color="indigo" radius="xl" size={34}>
              {initials}
            </Avatar>
            <div>
              <Text size="sm" fw={600} lh={1.2} visibleFrom="sm">
                {name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2} visibleFrom="sm">
                {labels.role(role)}
              </Text>
            </div>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('common.userMenu.signedInAs')}</Menu.Label>
        {/* A div: a paragraph is not allowed inside a menu (axe aria-required-children). */}
        <Text component="div" size="sm" px="sm" pb="xs" truncate title={user.email}>
          {user.email}
        </Text>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={signOut}
          disabled={logout.isPending}
        >
          {t('common.userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
