import { Stack } from '@mantine/core';
import { useAccount } from './api/account';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { PasswordSection } from './PasswordSection';
import { ProfileSection } from './ProfileSection';
import { SessionsSection } from './SessionsSection';
import { TwoFactorSection } from './TwoFactorSection';
import { useTranslation } from 'react-i18next';

export function ProfilePage() {
  const account = useAccount();
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      {account.error ? (
        <ErrorState
          title={t('profile.loadFailed')}
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
