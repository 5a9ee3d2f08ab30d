import { Badge, Button, Group, Skeleton, Table, Text, VisuallyHidden } from '@mantine/core';
import { useAccountSessions } from './api/account-sessions';
import { useRevokeOtherSessions } from './api/revoke-other-sessions';
import { useRevokeSession } from './api/revoke-session';
import { DateTime } from '../../components/DateTime';
import { ErrorState } from '../../components/ErrorState';
import { notifyFailed, notifySaved } from '../../components/notify';
import { keyboardScrollable } from '../../components/scroll-frame';
import { SectionCard } from '../../components/SectionCard';
import { useTranslation } from 'react-i18next';

export function SessionsSection() {
  const sessions = useAccountSessions();
  const { t } = useTranslation();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  const others = sessions.data?.filter((s) => !s.current).length ?? 0;

  const signOutOthers = () =>
    revokeOthers.mutate(undefined, {
      onSuccess: ({ ended }) => notifySaved(t('profile.sessions.endedOthers', { count: ended })),
      onError: (error) => notifyFailed(t('profile.sessions.othersFailed'), error),
    });

  return (
    <SectionCard
      title={t('profile.sessions.title')}
      description={t('profile.sessions.description')}
    >
      {sessions.error ? (
        <ErrorState
          title={t('profile.sessions.loadFailed')}
          error={sessions.error}
          onRetry={() => sessions.refetch()}
          retrying={sessions.isFetching}
        />
      ) : !sessions.data ? (
        <Skeleton h={120} />
      ) : (
        <Table.ScrollContainer
          minWidth={600}
          scrollAreaProps={keyboardScrollable(t('profile.sessions.scrollLabel'))}
        >
          <Table verticalSpacing="sm" aria-label={t('profile.sessions.label')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('profile.sessions.device')}</Table.Th>
                <Table.Th>{t('profile.sessions.ip')}</Table.Th>
                <Table.Th>{t('profile.sessions.signedIn')}</Table.Th>
                <Table.Th>{t('profile.sessions.lastActive')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('profile.sessions.action')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.map((session) => (
                <Table.Tr key={session.id}>
                  <Table.Td>{session.device}</Table.Td>
                  <Table.Td>{session.ip ?? '—'}</Table.Td>
                  <Table.Td>
                    <DateTime value={session.createdAt} format="dateTime" />
                  </Table.Td>
                  <Table.Td>
                    <DateTime value={session.lastSeenAt} format="dateTime" />
                  </Table.Td>
                  <Table.Td ta="right">
                    {session.current ? (
                      <Badge variant="light">{t('profile.sessions.current')}</Badge>
                    ) : (
                      <Button
                        variant="default"
                        size="xs"
                        aria-label={t('profile.sessions.signOutLabel', {
                          device: session.device,
                          ip: session.ip ?? t('profile.sessions.unknownIp'),
                        })}
                        loading={revoke.isPending && revoke.variables === session.id}
                        onClick={() =>
                          revoke.mutate(session.id, {
                            onError: (error) => notifyFailed(t('profile.sessions.failed'), error),
                          })
                        }
                      >
                        {t('common.userMenu.signOut')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {others === 0
            ? t('profile.sessions.onlyHere')
            : t('profile.sessions.others', { count: others })}
        </Text>
        <Button
          variant="default"
          color="red"
          onClick={signOutOthers}
          loading={revokeOthers.isPending}
          disabled={others === 0}
        >
          {t('profile.sessions.signOutOthers')}
        </Button>
      </Group>
    </SectionCard>
  );
}
