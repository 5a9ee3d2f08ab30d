import {
  ActionIcon,
  Anchor,
  Box,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { NotificationItem } from '../../common/account-api';
import { useMarkNotificationsRead } from '../api/mark-notifications-read';
import { useNotifications } from '../api/notifications';
import { DateTime } from './DateTime';
import { useTranslation } from 'react-i18next';

function NotificationRow({
  item,
  onOpen,
}: {
  item: NotificationItem;
  onOpen: (item: NotificationItem) => void;
}) {
  // Dimmed text on an unread row's highlight falls below 4.5:1 in the dark scheme.
  const { t } = useTranslation();
  const tone = item.read ? 'dimmed' : undefined;
  return (
    <UnstyledButton
      onClick={() => onOpen(item)}
      p="xs"
      w="100%"
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      bg={item.read ? undefined : 'var(--mantine-color-default-hover)'}
    >
      <Text size="sm" fw={item.read ? 400 : 600}>
        {item.title}
      </Text>
      <Text size="xs" c={tone} lineClamp={2} title={item.body}>
        {item.body}
      </Text>
      <Text size="xs" c={tone} mt={2}>
        <DateTime value={item.createdAt} format="dateTime" />
        {item.organizationName && ` · ${item.organizationName}`}
        {!item.read && <VisuallyHidden> {t('common.notifications.unreadMark')}</VisuallyHidden>}
      </Text>
    </UnstyledButton>
  );
}

/** The header's bell: unread count, the latest notifications, and their links. */
export function NotificationBell() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { t } = useTranslation();
  const notifications = useNotifications();
  const markRead = useMarkNotificationsRead();
  const navigate = useNavigate();
  const unread = notifications.data?.unreadCount ?? 0;
  const items = notifications.data?.items ?? [];

  const open = (item: NotificationItem) => {
    if (!item.read) markRead.mutate([item.id]);
    close();
    if (item.link) void navigate({ to: item.link });
  };

  return (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      size={18}
      disabled={unread === 0}
      offset={4}
      color="red"
    >
      <Popover
        opened={opened}
        onChange={(next) => !next && close()}
        position="bottom-end"
        width={360}
        shadow="md"
        withinPortal
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={toggle}
            aria-label={
              unread
                ? t('common.notifications.unread', { count: unread })
                : t('common.notifications.title')
            }
          >
            <IconBell size={20} stroke={1.7} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="xs" aria-label={t('common.notifications.title')}>
          <Group justify="space-between" px="xs" pb="xs">
            <Text fw={600} size="sm">
              {t('common.notifications.title')}
            </Text>
            {unread > 0 && (
              <Anchor
                component="button"
                type="button"
                size="xs"
                onClick={() => markRead.mutate(undefined)}
              >
                {t('common.notifications.markAllRead')}
              </Anchor>
            )}
          </Group>
          {items.length === 0 ? (
            <Text size="sm" c="dimmed" px="xs" pb="xs">
              {t('common.notifications.empty')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={420} type="auto">
              <Stack gap={2}>
                {items.map((item) => (
                  <Box key={item.id}>
                    <NotificationRow item={item} onOpen={open} />
                  </Box>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
