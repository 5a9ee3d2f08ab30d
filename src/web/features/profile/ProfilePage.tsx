import { Stack } from '@mantine/core';
import { useAccount } from './api/account';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { PasswordSection } from './PasswordSection';
import { ProfileSection } from './ProfileSection';
import { SessionsSection } from './SessionsSection';
import { TwoFactorSection } from './TwoFactorSection';

export function ProfilePage() {
  const account = useAccount();
  return (
    <Stack gap="lg">
      <PageHeader
        title="Profile & Security"
        description="Your personal details, how you sign in, and where you are signed in."
      />
      {account.error ? (
        <ErrorState
          title="Your profile could not be loaded"
          error={account.error}
          onRetry={() => account.refetch()}
          retrying={account.isFetching}
        />
      ) : (
        <>
          <ProfileSection account={account.data} />
          <PasswordSection />
          <TwoFactorSection twoFactor={account.data?.twoFactor} />
          <SessionsSection />
        </>
      )}
    </Stack>
  );
}
