import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import type { InvitationPreview } from '../../../common/members-api';
import { useAcceptInvitation } from './api/accept-invitation';
import { useLogout } from '../../api/logout';
import { sessionQuery } from '../../api/session';
import { notifyFailed } from '../../components/notify';

/**
 * An address that has an account accepts from that account's session: signed in as it,
 * one click; signed in as someone else, sign out first; signed out, sign in and come back.
 */
export function ExistingAccountStep({
  token,
  invitation,
}: {
  token: string;
  invitation: InvitationPreview;
}) {
  const session = useQuery({ ...sessionQuery, retry: false });
  const accept = useAcceptInvitation();
  const logout = useLogout();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  if (session.isPending) {
    return (
      <Center py="md">
        <Loader aria-label="Checking whether you are signed in" />
      </Center>
    );
  }
  const signedInAs = session.data?.user.email;
  if (signedInAs === invitation.email) {
    const join = () =>
      accept.mutate(
        { token },
        {
          onSuccess: () => navigate({ to: '/', replace: true }),
          onError: (error) => notifyFailed('The invitation could not be accepted', error),
        },
      );
    return (
      <Stack gap="md">
        <Text size="sm">You are signed in as {signedInAs}.</Text>
        <Button onClick={join} loading={accept.isPending}>
          Join {invitation.organizationName}
        </Button>
      </Stack>
    );
  }
  if (signedInAs) {
    const signOut = () =>
      logout.mutate(undefined, {
        onSuccess: () => queryClient.removeQueries({ queryKey: sessionQuery.queryKey }),
      });
    return (
      <Stack gap="md">
        <Text size="sm">
          You are signed in as {signedInAs}, but this invitation is for {invitation.email}. Sign
          out, then sign in as {invitation.email}.
        </Text>
        <Button variant="default" onClick={signOut} loading={logout.isPending}>
          Sign out
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Text size="sm">
        You already have an account. Sign in as {invitation.email} to accept the invitation.
      </Text>
      <Button
        renderRoot={(props) => (
          <Link to="/login" search={{ redirect: `/invite/${token}` }} {...props} />
        )}
      >
        Sign in to accept
      </Button>
    </Stack>
  );
}
