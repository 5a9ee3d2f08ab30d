import { Alert, Anchor, Center, Loader } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useInvitationPreview } from './api/invitation-preview';
import { ROLE_LABELS } from '../../../common/roles';
import { ExistingAccountStep } from './ExistingAccountStep';
import { AuthFrame } from '../../components/AuthFrame';
import { NewAccountForm } from './NewAccountForm';

const route = getRouteApi('/invite/$token');

/** Where the link in an invitation email leads: a new address creates its account, an existing one signs in. */
export function AcceptInvitationPage() {
  const { token } = route.useParams();
  const preview = useInvitationPreview(token);

  if (preview.isPending) {
    return (
      <AuthFrame title="Invitation">
        <Center py="lg">
          <Loader aria-label="Loading the invitation" />
        </Center>
      </AuthFrame>
    );
  }
  if (preview.isError) {
    return (
      <AuthFrame title="This invitation cannot be used">
        <Alert color="orange" variant="light" icon={<IconLinkOff aria-hidden />}>
          {preview.error.message}
        </Alert>
        <Anchor component={Link} to="/login" size="sm">
          Go to sign in
        </Anchor>
      </AuthFrame>
    );
  }
  const invitation = preview.data;
  return (
    <AuthFrame
      title={`Join ${invitation.organizationName}`}
      description={`You are invited as ${ROLE_LABELS[invitation.role]} with ${invitation.email}.`}
    >
      {invitation.accountExists ? (
        <ExistingAccountStep token={token} invitation={invitation} />
      ) : (
        <NewAccountForm token={token} invitation={invitation} />
      )}
    </AuthFrame>
  );
}
