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

/** Name, phone and email; undefined while loading. */
export function ProfileSection({ account }: { account: AccountPayload | undefined }) {
  const update = useUpdateProfile();
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
      { onSuccess: () => notifySaved('Profile saved.') },
    );
  };

  if (!account) return <Skeleton h={260} radius="md" />;
  return (
    <SectionCard title="Profile" description="How your colleagues and the audit log see you.">
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            name="firstName"
            label="First name"
            defaultValue={account.firstName}
            autoComplete="given-name"
            required
            error={fields.firstName}
          />
          <TextInput
            name="lastName"
            label="Last name"
            defaultValue={account.lastName}
            autoComplete="family-name"
            required
            error={fields.lastName}
          />
          <TextInput
            name="phone"
            label="Phone"
            type="tel"
            defaultValue={account.phone ?? ''}
            autoComplete="tel"
            description="Optional, with country code"
            error={fields.phone}
          />
        </SimpleGrid>
        <FormError error={update.error} />
        <Button type="submit" mt="md" loading={update.isPending}>
          Save profile
        </Button>
      </form>
      <div>
        <Text size="sm" fw={500}>
          Email
        </Text>
        <Group gap="sm" mt={4}>
          <Text>{account.email}</Text>
          <Button variant="default" size="xs" onClick={emailModal.open}>
            Change email
          </Button>
        </Group>
        {account.pendingEmail && (
          <Group gap="xs" mt={6}>
            <Badge variant="light" color="yellow">
              Waiting for confirmation
            </Badge>
            <Text size="sm" c="dimmed">
              Open the link we sent to {account.pendingEmail} to switch to it.
            </Text>
          </Group>
        )}
      </div>
      <EmailChangeModal opened={emailOpened} onClose={emailModal.close} />
    </SectionCard>
  );
}
