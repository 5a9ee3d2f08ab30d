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
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
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
      title={t('sso.scim.create')}
      closeOnClickOutside={!created}
    >
      {created ? (
        <Stack gap="md">
          <Alert color="yellow" variant="light" title={t('sso.scim.copyNow')}>
            {t('sso.scim.copyNowBody')}
          </Alert>
          <CopyableValue label={t('sso.scim.token')} value={created.token} />
          {baseUrl && <CopyableValue label={t('sso.scim.baseUrl')} value={baseUrl} />}
          <Group justify="flex-end">
            <Button onClick={close}>{t('sso.scim.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('sso.scim.name')}
              description={t('sso.scim.nameHint')}
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
              submitLabel={t('sso.scim.submit')}
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
  const { t } = useTranslation();
  if (!canManage) return null;
  return (
    <SectionCard title={t('sso.scim.title')} description={t('sso.scim.description')}>
      {tokens.error ? (
        <ErrorState
          title={t('sso.scim.loadFailed')}
          error={tokens.error}
          onRetry={() => tokens.refetch()}
          retrying={tokens.isFetching}
        />
      ) : !tokens.data ? (
        <Skeleton h={80} />
      ) : tokens.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('sso.scim.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer
          minWidth={560}
          scrollAreaProps={keyboardScrollable(t('sso.scim.tableLabel'))}
        >
          <Table verticalSpacing="sm" aria-label={t('sso.scim.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sso.scim.columns.name')}</Table.Th>
                <Table.Th>{t('sso.scim.columns.endsIn')}</Table.Th>
                <Table.Th>{t('sso.scim.columns.created')}</Table.Th>
                <Table.Th>{t('sso.scim.columns.lastUsed')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('sso.scim.columns.action')}</VisuallyHidden>
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
                        {t('sso.scim.by', { name: token.createdBy })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {token.lastUsedAt ? (
                      <DateTime value={token.lastUsedAt} format="dateTime" />
                    ) : (
                      t('sso.scim.never')
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      variant="default"
                      color="red"
                      size="xs"
                      aria-label={t('sso.scim.revokeLabel', { name: token.name })}
                      onClick={() => setRevoking({ id: token.id, name: token.name })}
                    >
                      {t('sso.scim.revoke')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button onClick={() => setCreating(true)}>{t('sso.scim.create')}</Button>
      </Group>
      <CreateTokenDialog opened={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        opened={revoking !== null}
        title={t('sso.scim.revokeTitle')}
        confirmLabel={t('sso.scim.revoke')}
        danger
        loading={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              setRevoking(null);
              notifySaved(t('sso.scim.revoked'));
            },
            onError: (error) => notifyFailed(t('sso.scim.revokeFailed'), error),
          })
        }
      >
        {t('sso.scim.revokeBody', { name: revoking?.name ?? '' })}
      </ConfirmDialog>
    </SectionCard>
  );
}
