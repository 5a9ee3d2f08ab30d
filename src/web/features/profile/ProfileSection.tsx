import { Badge, Button, Group, SimpleGrid, Skeleton, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { FormEvent } from 'react';
import type { AccountPayload } from '../../../common/account-api';
import { ApiError } from '../../api/client';
import { useUpdateProfile } from './api/update-profile';
import { notifySaved } from '../../components/notify';
import { SectionCard } from '../../components/SectionCard';
import { EmailChangeModal } from './EmailChangeModal';
import { FormError } from './FormError';
import { useTranslation } from 'react-i18next';

/** Name, phone and email; undefined while loading. */
export function ProfileSection({ account }: { account: AccountPayload | undefined }) {
  const update = useUpdateProfile();
  const { t } = useTranslation();
  const [emailOpened, emailModal] = useDisclosure(false);
  const fields = update.error instanceof ApiError ? update.error.fields : {};

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    update.mutate(
      {
        firstName: String(form.get('firstName')),
        lastName: String(form.get('lastName')),
        phone: String(form.get('phone')) || null,
      },
      { onSuccess: () => notifySaved(t('profile.profile.saved')) },
    );
  };

  if (!account) return <Skeleton h={260} radius="md" />;
  return (
    <SectionCard title={t('profile.profile.title')} description={t('profile.profile.description')}>
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            name="firstName"
            label={t('invitations.firstName')}
            defaultValue={account.firstName}
            autoComplete="given-name"
            required
            error={fields.firstName}
          />
          <TextInput
            name="lastName"
            label={t('invitations.lastName')}
            defaultValue={account.lastName}
            autoComplete="family-name"
            required
            error={fields.lastName}
          />
          <TextInput
            name="phone"
            label={t('profile.profile.phone')}
            type="tel"
            defaultValue={account.phone ?? ''}
            autoComplete="tel"
            description={t('profile.profile.phoneHint')}
            error={fields.phone}
          />
        </SimpleGrid>
        <FormError error={update.error} />
        <Button type="submit" mt="md" loading={update.isPending}>
          {t('profile.profile.submit')}
        </Button>
      </form>
      <div>
        <Text size="sm" fw={500}>
          {t('auth.email')}
        </Text>
        <Group gap="sm" mt={4}>
          <Text>{account.email}</Text>
          <Button variant="default" size="xs" onClick={emailModal.open}>
            {t('profile.email.change')}
          </Button>
        </Group>
        {account.pendingEmail && (
          <Group gap="xs" mt={6}>
            <Badge variant="light" color="yellow">
              {t('profile.email.waiting')}
            </Badge>
            <Text size="sm" c="dimmed">
              {t('profile.email.pending', { email: account.pendingEmail })}
            </Text>
          </Group>
        )}
      </div>
      <EmailChangeModal opened={emailOpened} onClose={emailModal.close} />
    </SectionCard>
  );
}
