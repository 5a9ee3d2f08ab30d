import { Alert, Anchor, Center, Loader } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useInvitationPreview } from './api/invitation-preview';
import { useLabels } from '../../i18n/labels';
import { ExistingAccountStep } from './ExistingAccountStep';
import { AuthFrame } from '../../components/AuthFrame';
import { NewAccountForm } from './NewAccountForm';
import { useTranslation } from 'react-i18next';

const route = getRouteApi('/invite/$token');

/** Where the link in an invitation email leads: a new address creates its account, an existing one signs in. */
export function AcceptInvitationPage() {
  const { token } = route.useParams();
  const preview = useInvitationPreview(token);
  const { t } = useTranslation();
  const labels = useLabels();

  if (preview.isPending) {
    return (
      <AuthFrame title={t('invitations.title')}>
        <Center py="lg">
          <Loader role="status" aria-label={t('invitations.loading')} />
        </Center>
      </AuthFrame>
    );
  }
  if (preview.isError) {
    return (
      <AuthFrame title={t('invitations.unusable')}>
        <Alert color="orange" variant="light" icon={<IconLinkOff aria-hidden />}>
          {preview.error.message}
        </Alert>
        <Anchor component={Link} to="/login" size="sm">
          {t('invitations.toSignIn')}
        </Anchor>
      </AuthFrame>
    );
  }
  const invitation = preview.data;
  return (
    <AuthFrame
      title={t('invitations.join', { organization: invitation.organizationName })}
      description={t('invitations.invitedAs', {
        role: labels.role(invitation.role),
        email: invitation.email,
      })}
    >
      {invitation.accountExists ? (
        <ExistingAccountStep token={token} invitation={invitation} />
      ) : (
        <NewAccountForm token={token} invitation={invitation} />
      )}
    </AuthFrame>
  );
}
