import { Badge, Button, Group, Skeleton, Table, Text, VisuallyHidden } from '@mantine/core';
import { useAccountSessions } from './api/account-sessions';
import { useRevokeOtherSessions } from './api/revoke-other-sessions';
import { useRevokeSession } from './api/revoke-session';
import { DateTime } from '../../components/DateTime';
import { ErrorState } from '../../components/ErrorState';
import { notifyFailed, notifySaved } from '../../components/notify';
import { keyboardScrollable } from '../../components/scroll-frame';
import { SectionCard } from '../../components/SectionCard';

export function SessionsSection() {
  const sessions = useAccountSessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  const others = sessions.data?.filter((s) => !s.current).length ?? 0;

  const signOutOthers = () =>
    revokeOthers.mutate(undefined, {
      onSuccess: ({ ended }) =>
        notifySaved(`${ended} other session${ended === 1 ? '' : 's'} signed out.`),
      onError: (error) => notifyFailed('The sessions were not signed out', error),
    });

  return (
    <SectionCard
      title="Where you are signed in"
      description="Sign out any session you do not recognise, then change your password."
    >
      {sessions.error ? (
        <ErrorState
          title="Sessions could not be loaded"
          error={sessions.error}
          onRetry={() => sessions.refetch()}
          retrying={sessions.isFetching}
        />
      ) : !sessions.data ? (
        <Skeleton h={120} />
      ) : (
        <Table.ScrollContainer minWidth={600} scrollAreaProps={keyboardScrollable('Sessions')}>
          <Table verticalSpacing="sm" aria-label="Active sessions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Device</Table.Th>
                <Table.Th>IP address</Table.Th>
                <Table.Th>Signed in</Table.Th>
                <Table.Th>Last active</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Action</VisuallyHidden>
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
                      <Badge variant="light">This session</Badge>
                    ) : (
                      <Button
                        variant="default"
                        size="xs"
                        aria-label={`Sign out ${session.device} at ${session.ip ?? 'unknown address'}`}
                        loading={revoke.isPending && revoke.variables === session.id}
                        onClick={() =>
                          revoke.mutate(session.id, {
                            onError: (error) =>
                              notifyFailed('The session was not signed out', error),
                          })
                        }
                      >
                        Sign out
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
            ? 'You are signed in only here.'
            : `${others} other session${others === 1 ? '' : 's'}.`}
        </Text>
        <Button
          variant="default"
          color="red"
          onClick={signOutOthers}
          loading={revokeOthers.isPending}
          disabled={others === 0}
        >
          Sign out all other sessions
        </Button>
      </Group>
    </SectionCard>
  );
}
