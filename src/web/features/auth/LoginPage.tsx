import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { AuthFrame } from '../../components/AuthFrame';
import { PasswordForm } from './PasswordForm';
import { SecondFactorStep } from './SecondFactorStep';
import { useTranslation } from 'react-i18next';

const route = getRouteApi('/login');

/** Email and password, then (with two-factor authentication) a code; then the page asked for, or the Dashboard. */
export function LoginPage() {
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [pendingToken, setPendingToken] = useState<string | null>(null);
  const signedIn = () => navigate({ href: redirect ?? '/', replace: true });

  return pendingToken ? (
    <AuthFrame title={t('auth.secondFactor.title')}>
      <SecondFactorStep
        pendingToken={pendingToken}
        onSignedIn={signedIn}
        onRestart={() => setPendingToken(null)}
      />
    </AuthFrame>
  ) : (
    <AuthFrame title={t('auth.signIn.title')} description={t('auth.signIn.description')}>
      <PasswordForm onSignedIn={signedIn} onSecondFactorRequired={setPendingToken} />
    </AuthFrame>
  );
}
