import { Button, Group, Menu, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuilding, IconCheck, IconSelector } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useSession } from '../api/session';
import { useSwitchOrganization } from '../api/switch-organization';
import { ROLE_LABELS } from '../../common/roles';

/** The active organization; a menu to switch when the member belongs to several. */
export function OrganizationSwitcher({ onSwitched }: { onSwitched?: () => void } = {}) {
  const { organization, organizations } = useSession();
  const switchOrganization = useSwitchOrganization();
  const navigate = useNavigate();
  const icon = <IconBuilding size={18} stroke={1.6} aria-hidden />;

  if (organizations.length < 2) {
    return (
      <Group gap={8} wrap="nowrap" miw={0}>
        {icon}
        {/* Cut short when long: the title keeps the whole name readable. */}
        <Text fw={600} truncate title={organization.name}>
          {organization.name}
        </Text>
      </Group>
    );
  }

  const choose = (organizationId: number) =>
    switchOrganization.mutate(organizationId, {
      onSuccess: () => {
        onSwitched?.();
        void navigate({ to: '/' });
      },
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: 'Could not switch organization',
          message: error.message,
        }),
    });

  return (
    <Menu
      position="bottom-start"
      width={260}
      withinPortal={false}
      withInitialFocusPlaceholder={false}
    >
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          c="var(--mantine-color-text)"
          fw={600}
          leftSection={icon}
          rightSection={<IconSelector size={16} aria-hidden />}
          loading={switchOrganization.isPending}
          title={organization.name} // cut short when the name is long
        >
          <VisuallyHidden>Organization: </VisuallyHidden>
          {organization.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Switch organization</Menu.Label>
        {organizations.map((org) => (
          <Menu.Item
            key={org.id}
            onClick={() => org.id !== organization.id && choose(org.id)}
            leftSection={
              org.id === organization.id ? (
                <IconCheck size={16} aria-label="Current" />
              ) : (
                <span style={{ width: 16 }} />
              )
            }
            // Not dimmed: dimmed xs text on the hovered item is below 4.5:1 in the dark scheme.
            rightSection={<Text size="xs">{ROLE_LABELS[org.role]}</Text>}
          >
            {org.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
