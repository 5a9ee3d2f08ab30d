import { Button, Paper, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useSession } from '../../api/session';
import { InviteMemberModal } from '../../components/InviteMemberModal';
import { useTranslation } from 'react-i18next';

/** For members who may manage members, when this build has the Members section. */
export function InviteTeamCard() {
  const { abilities, sections } = useSession();
  const [inviting, setInviting] = useState(false);
  const { t } = useTranslation();
  if (!abilities.includes('members.manage') || !sections.includes('members')) return null;
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4">
        {t('dashboard.inviteTeam.title')}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {t('dashboard.inviteTeam.description')}
      </Text>
      <Button
        onClick={() => setInviting(true)}
        leftSection={<IconUserPlus size={16} aria-hidden />}
      >
        {t('dashboard.inviteTeam.button')}
      </Button>
      <InviteMemberModal opened={inviting} onClose={() => setInviting(false)} />
    </Paper>
  );
}
