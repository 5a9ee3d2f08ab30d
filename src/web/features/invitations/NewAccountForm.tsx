import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import type { InvitationPreview } from '../../../common/members-api';
import { PASSWORD_MIN_LENGTH } from '../../../common/password-rules';
import { useAcceptInvitation } from './api/accept-invitation';
import { ApiError } from '../../api/client';
import { notifyFailed } from '../../components/notify';
import { useTranslation } from 'react-i18next';

/** A new address: name and password create the account, which joins and is signed in. */
export function NewAccountForm({
  token,
  invitation,
}: {
  token: string;
  invitation: InvitationPreview;
}) {
  const accept = useAcceptInvitation();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fields = accept.error instanceof ApiError ? accept.error.fields : {};

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    accept.mutate(
      {
        token,
        firstName: String(form.get('firstName')).trim(),
        lastName: String(form.get('lastName')).trim(),
        password: String(form.get('password')),
      },
      {
        onSuccess: () => navigate({ to: '/', replace: true }),
        onError: (error) => {
          if (!(error instanceof ApiError && Object.keys(error.fields).length > 0))
            notifyFailed(t('invitations.acceptFailed'), error);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('auth.email')}
          value={invitation.email}
          readOnly
          autoComplete="username"
        />
        <Group grow align="flex-start">
          <TextInput
            name="firstName"
            label={t('invitations.firstName')}
            autoComplete="given-name"
            required
            data-autofocus
            error={fields.firstName}
          />
          <TextInput
            name="lastName"
            label={t('invitations.lastName')}
            autoComplete="family-name"
            required
            error={fields.lastName}
          />
        </Group>
        <PasswordInput
          name="password"
          label={t('auth.password')}
          description={t('invitations.passwordHint', { count: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          error={fields.password}
        />
        <Button type="submit" loading={accept.isPending}>
          {t('invitations.create')}
        </Button>
      </Stack>
    </form>
  );
}
