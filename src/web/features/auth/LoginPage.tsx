import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { SSO_ERROR_MESSAGES, type SsoErrorCode } from '../../../common/sso-api';
import { AuthFrame } from '../../components/AuthFrame';
import { PasswordForm } from './PasswordForm';
import { SecondFactorStep } from './SecondFactorStep';
import { SsoSignInForm } from './SsoSignInForm';

const route = getRouteApi('/login');

const ssoProblem = (code: string | undefined) =>
  code === undefined
    ? null
    : (SSO_ERROR_MESSAGES[code as SsoErrorCode] ?? 'Single sign-on did not complete. Try again.');

/**
 * Email and password, then (with two-factor authentication) a code; or "Sign in with SSO"
 * through the organization's identity provider. Then the page asked for, or the Dashboard.
 */
export function LoginPage() {
  const { redirect, sso_error: ssoError } = route.useSearch();
  const navigate = useNavigate();
  const [pendingToken, setPendingToken] = useState<string | null>(null);
  const [ssoEmail, setSsoEmail] = useState<string | null>(ssoError ? '' : null);
  const signedIn = () => navigate({ href: redirect ?? '/', replace: true });

  if (pendingToken)
    return (
      <AuthFrame title="Two-factor authentication">
        <SecondFactorStep
          pendingToken={pendingToken}
          onSignedIn={signedIn}
          onRestart={() => setPendingToken(null)}
        />
      </AuthFrame>
    );
  if (ssoEmail !== null)
    return (
      <AuthFrame title="Sign in with SSO" description="Use your organization's single sign-on.">
        <SsoSignInForm
          initialEmail={ssoEmail}
          redirect={redirect}
          problem={ssoProblem(ssoError)}
          onUsePassword={() => setSsoEmail(null)}
        />
      </AuthFrame>
    );
  return (
    <AuthFrame title="Sign in" description="Use your work email address and password.">
      <PasswordForm
        onSignedIn={signedIn}
        onSecondFactorRequired={setPendingToken}
        onUseSso={setSsoEmail}
      />
    </AuthFrame>
  );
}
