import { Anchor, Loader, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useConfirmEmailChange } from './api/confirm-email-change';
import { AuthFrame } from '../../components/AuthFrame';
import { ServerAlert } from './ServerAlert';
import { useTranslation } from 'react-i18next';

const route = getRouteApi('/confirm-email');

/** Opened from the link sent to a new address: confirms the change at once. */
export function ConfirmEmailPage() {
  const { token } = route.useSearch();
  const confirm = useConfirmEmailChange();
  const { t } = useTranslation();
  const { mutate } = confirm;
  // The link works once: never send it twice, even when the effect runs again.
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    mutate(token);
  }, [token, mutate]);

  return (
    <AuthFrame title={t('auth.confirmEmail.title')}>
      {confirm.isSuccess ? (
        <Text role="status">{t('auth.confirmEmail.done')}</Text>
      ) : confirm.error || !token ? (
        <ServerAlert message={confirm.error?.message ?? t('auth.incompleteLink')} />
      ) : (
        <Loader role="status" aria-label={t('auth.confirmEmail.confirming')} mx="auto" />
      )}
      <Anchor component={Link} to="/" size="sm" ta="center">
        {t('auth.confirmEmail.toPortal')}
      </Anchor>
    </AuthFrame>
  );
}
