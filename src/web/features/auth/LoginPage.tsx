import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { SSO_ERROR_MESSAGES } from '../../../common/plain-values';
import { AuthFrame } from '../../components/AuthFrame';
import { PasswordForm } from './PasswordForm';
import { SecondFactorStep } from './SecondFactorStep';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { SsoSignInForm } from './SsoSignInForm';

const route = getRouteApi('/login');

/** Why the last single sign-on came back here (?sso_error), in the shown language. */
const ssoProblem = (t: TFunction, code: string | undefined) =>
  code === undefined
    ? null
    : t(Object.hasOwn(SSO_ERROR_MESSAGES, code) ? `sso.problem.${code}` : 'sso.problem.other');

/**
 * Email and password, then (with two-factor authentication) a code; or "Sign in with SSO"
 * through the organization's identity provider. Then the page asked for, or the Dashboard.
 */
export function LoginPage() {
  const { redirect, sso_error: ssoError } = route.useSearch();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [pendingToken, setPendingToken] = useState<string | null>(null);
  const [ssoEmail, setSsoEmail] = useState<string | null>(ssoError ? '' : null);
  const signedIn = () => navigate({ href: redirect ?? '/', replace: true });

  if (pendingToken)
    return (
      <AuthFrame title={t('auth.secondFactor.title')}>
        <SecondFactorStep
          pendingToken={pendingToken}
          onSignedIn={signedIn}
          onRestart={() => setPendingToken(null)}
        />
      </AuthFrame>
    );
  if (ssoEmail !== null)
    return (
      <AuthFrame title={t('auth.sso.title')} description={t('auth.sso.description')}>
        <SsoSignInForm
          initialEmail={ssoEmail}
          redirect={redirect}
          problem={ssoProblem(t, ssoError)}
          onUsePassword={() => setSsoEmail(null)}
        />
      </AuthFrame>
    );
  return (
    <AuthFrame title={t('auth.signIn.title')} description={t('auth.signIn.description')}>
      <PasswordForm
        onSignedIn={signedIn}
        onSecondFactorRequired={setPendingToken}
        onUseSso={setSsoEmail}
      />
    </AuthFrame>
  );
}
