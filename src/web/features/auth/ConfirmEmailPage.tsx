import { Anchor, Loader, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useConfirmEmailChange } from './api/confirm-email-change';
import { AuthFrame } from '../../components/AuthFrame';
import { ServerAlert } from './ServerAlert';

const route = getRouteApi('/confirm-email');

/** Opened from the link sent to a new address: confirms the change at once. */
export function ConfirmEmailPage() {
  const { token } = route.useSearch();
  const confirm = useConfirmEmailChange();
  const { mutate } = confirm;
  // The link works once: never send it twice, even when the effect runs again.
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    mutate(token);
  }, [token, mutate]);

  return (
    <AuthFrame title="Confirm your new email address">
      {confirm.isSuccess ? (
        <Text role="status">
          Your email address is changed. Sign in with the new address from now on.
        </Text>
      ) : confirm.error || !token ? (
        <ServerAlert
          message={
            confirm.error?.message ?? 'This link is incomplete. Open the link from the email again.'
          }
        />
      ) : (
        <Loader aria-label="Confirming" mx="auto" />
      )}
      <Anchor component={Link} to="/" size="sm" ta="center">
        Go to the portal
      </Anchor>
    </AuthFrame>
  );
}
