import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import type { InvitationPreview } from '../../../common/members-api';
import { useAcceptInvitation } from './api/accept-invitation';
import { useLogout } from '../../api/logout';
import { sessionQuery } from '../../api/session';
import { notifyFailed } from '../../components/notify';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  const logout = useLogout();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  if (session.isPending) {
    return (
      <Center py="md">
        <Loader role="status" aria-label={t('invitations.checking')} />
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
          onError: (error) => notifyFailed(t('invitations.acceptFailed'), error),
        },
      );
    return (
      <Stack gap="md">
        <Text size="sm">{t('invitations.signedInAs', { email: signedInAs })}</Text>
        <Button onClick={join} loading={accept.isPending}>
          {t('invitations.join', { organization: invitation.organizationName })}
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
          {t('invitations.otherAccount', { current: signedInAs, email: invitation.email })}
        </Text>
        <Button variant="default" onClick={signOut} loading={logout.isPending}>
          {t('common.userMenu.signOut')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Text size="sm">{t('invitations.haveAccount', { email: invitation.email })}</Text>
      <Button
        renderRoot={(props) => (
          <Link to="/login" search={{ redirect: `/invite/${token}` }} {...props} />
        )}
      >
        {t('invitations.signInToAccept')}
      </Button>
    </Stack>
  );
}
