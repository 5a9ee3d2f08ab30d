import {
  Alert,
  Button,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { CreatedScimToken } from '../../../common/sso-api';
import { ApiError } from '../../api/client';
import { useSession } from '../../api/session';
import { AppModal } from '../../components/AppModal';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { ErrorState } from '../../components/ErrorState';
import { FormActions } from '../../components/FormActions';
import { notifyFailed, notifySaved } from '../../components/notify';
import { keyboardScrollable } from '../../components/scroll-frame';
import { SectionCard } from '../../components/SectionCard';
import { useCreateScimToken, useRevokeScimToken, useScimTokens } from './api/scim-tokens';
import { useSsoSettings } from './api/sso-settings';
import { CopyableValue } from './CopyableValue';

/** Names the token, then shows it once with the SCIM base URL to paste into the IdP. */
function CreateTokenDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedScimToken | null>(null);
  const create = useCreateScimToken();
  const baseUrl = useSsoSettings().data?.scimBaseUrl;
  const fields = create.error instanceof ApiError ? create.error.fields : {};
  const close = () => {
    setName('');
    setCreated(null);
    create.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(name.trim(), { onSuccess: setCreated });
  };
  return (
    <AppModal
      opened={opened}
      onClose={close}
      title="Create SCIM token"
      closeOnClickOutside={!created}
    >
      {created ? (
        <Stack gap="md">
          <Alert color="yellow" variant="light" title="Copy the token now">
            You will not see it again: the portal keeps only a fingerprint of it.
          </Alert>
          <CopyableValue label="SCIM token" value={created.token} />
          {baseUrl && <CopyableValue label="SCIM base URL" value={baseUrl} />}
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label="Name"
              description="Where the token is used, e.g. Okta provisioning."
              required
              data-autofocus
              value={name}
              maxLength={100}
              onChange={(e) => setName(e.currentTarget.value)}
              error={
                fields.name ?? (create.error && !fields.name ? create.error.message : undefined)
              }
            />
            <FormActions
              submitLabel="Create token"
              loading={create.isPending}
              onCancel={close}
              disabled={!name.trim()}
            />
          </Stack>
        </form>
      )}
    </AppModal>
  );
}

/** Settings › SCIM provisioning (Admins): the organization's SCIM tokens, created and revoked here. */
export function ScimTokens() {
  const { abilities } = useSession();
  const canManage = abilities.includes('sso.manage');
  const tokens = useScimTokens(canManage);
  const revoke = useRevokeScimToken();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<{ id: number; name: string } | null>(null);
  if (!canManage) return null;
  return (
    <SectionCard
      title="SCIM provisioning"
      description="Your identity provider adds, deactivates and removes members, and sets their role through the Admins and Viewers groups."
    >
      {tokens.error ? (
        <ErrorState
          title="The SCIM tokens could not be loaded"
          error={tokens.error}
          onRetry={() => tokens.refetch()}
          retrying={tokens.isFetching}
        />
      ) : !tokens.data ? (
        <Skeleton h={80} />
      ) : tokens.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No SCIM token yet. Create one and paste it into your identity provider’s provisioning
          settings.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560} scrollAreaProps={keyboardScrollable('SCIM tokens')}>
          <Table verticalSpacing="sm" aria-label="SCIM tokens">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Ends in</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Action</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Td>{token.name}</Table.Td>
                  <Table.Td ff="monospace">…{token.hint}</Table.Td>
                  <Table.Td>
                    <DateTime value={token.createdAt} format="dateTime" />
                    {token.createdBy && (
                      <Text size="xs" c="dimmed">
                        by {token.createdBy}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {token.lastUsedAt ? (
                      <DateTime value={token.lastUsedAt} format="dateTime" />
                    ) : (
                      'Never'
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      variant="default"
                      color="red"
                      size="xs"
                      aria-label={`Revoke the SCIM token ${token.name}`}
                      onClick={() => setRevoking({ id: token.id, name: token.name })}
                    >
                      Revoke
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button onClick={() => setCreating(true)}>Create SCIM token</Button>
      </Group>
      <CreateTokenDialog opened={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        opened={revoking !== null}
        title="Revoke SCIM token?"
        confirmLabel="Revoke"
        danger
        loading={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              setRevoking(null);
              notifySaved('SCIM token revoked.');
            },
            onError: (error) => notifyFailed('The token was not revoked', error),
          })
        }
      >
        Provisioning with “{revoking?.name}” stops at once. Members stay as they are.
      </ConfirmDialog>
    </SectionCard>
  );
}
