import {
  Alert,
  Button,
  Group,
  PasswordInput,
  Radio,
  SimpleGrid,
  Skeleton,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../common/roles';
import type { SsoSettings, SsoTestResult } from '../../../common/sso-api';
import { ApiError } from '../../api/client';
import { useSession } from '../../api/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { ErrorState } from '../../components/ErrorState';
import { notifyFailed, notifySaved } from '../../components/notify';
import { SectionCard } from '../../components/SectionCard';
import {
  useRemoveSsoSettings,
  useSaveSsoSettings,
  useSsoSettings,
  useTestSsoConnection,
} from './api/sso-settings';
import { CopyableValue } from './CopyableValue';
import { SsoTestSteps } from './SsoTestSteps';

interface Draft {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  domains: string;
  defaultRole: Role;
  ssoRequired: boolean;
}

const draftOf = (settings: SsoSettings): Draft => ({
  issuerUrl: settings.issuerUrl ?? '',
  clientId: settings.clientId ?? '',
  clientSecret: '',
  domains: settings.allowedDomains.join('\n'),
  defaultRole: settings.defaultRole,
  ssoRequired: settings.ssoRequired,
});

const domainsOf = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((d) => d.trim())
    .filter(Boolean);

/** What a Viewer sees: how the organization signs in, nothing to change, never a secret. */
function SsoSummary({ settings }: { settings: SsoSettings }) {
  if (!settings.configured)
    return (
      <Text size="sm" c="dimmed">
        Single sign-on is not set up. Members sign in with their email and password.
      </Text>
    );
  return (
    <Stack gap="xs">
      <Text size="sm">
        Members sign in through <strong>{new URL(settings.issuerUrl!).host}</strong>
        {settings.ssoRequired ? '; password sign-in is turned off.' : ' or with their password.'}
      </Text>
      <Text size="sm">Email domains: {settings.allowedDomains.join(', ')}</Text>
      <CopyableValue label="Sign-in link" value={settings.signInUrl} />
      <Text size="xs" c="dimmed">
        Only Admins can change single sign-on.
      </Text>
    </Stack>
  );
}

function SsoForm({ settings }: { settings: SsoSettings }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [testResult, setTestResult] = useState<SsoTestResult | null>(null);
  const [confirmOff, setConfirmOff] = useState(false);
  const save = useSaveSsoSettings();
  const test = useTestSsoConnection();
  const remove = useRemoveSsoSettings();
  const fields = save.error instanceof ApiError ? save.error.fields : {};
  const set = (change: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setTestResult(null);
  };
  const secret = draft.clientSecret === '' ? undefined : draft.clientSecret;

  const runTest = () =>
    test.mutate(
      { issuerUrl: draft.issuerUrl.trim(), clientId: draft.clientId.trim(), clientSecret: secret },
      {
        onSuccess: setTestResult,
        onError: (error) => notifyFailed('The connection was not tested', error),
      },
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        issuerUrl: draft.issuerUrl.trim(),
        clientId: draft.clientId.trim(),
        clientSecret: secret,
        allowedDomains: domainsOf(draft.domains),
        defaultRole: draft.defaultRole,
        ssoRequired: draft.ssoRequired,
      },
      {
        onSuccess: (saved) => {
          setDraft(draftOf(saved));
          notifySaved('Single sign-on settings saved.');
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Single sign-on settings">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <TextInput
            label="Issuer URL"
            description="From your identity provider, e.g. https://acme.okta.com"
            required
            value={draft.issuerUrl}
            onChange={(e) => set({ issuerUrl: e.currentTarget.value })}
            error={fields.issuerUrl}
            autoComplete="off"
          />
          <TextInput
            label="Client ID"
            required
            value={draft.clientId}
            onChange={(e) => set({ clientId: e.currentTarget.value })}
            error={fields.clientId}
            autoComplete="off"
          />
          <PasswordInput
            label="Client secret"
            description={
              settings.hasClientSecret
                ? 'A secret is stored and never shown. Leave empty to keep it.'
                : 'Stored encrypted; never shown again.'
            }
            required={!settings.hasClientSecret}
            value={draft.clientSecret}
            onChange={(e) => set({ clientSecret: e.currentTarget.value })}
            error={fields.clientSecret}
            autoComplete="new-password"
          />
          <Textarea
            label="Allowed email domains"
            description="One per line. People with these domains may sign in and join."
            required
            autosize
            minRows={2}
            maxRows={6}
            value={draft.domains}
            onChange={(e) => set({ domains: e.currentTarget.value })}
            error={fields.allowedDomains}
          />
        </SimpleGrid>
        <Radio.Group
          label="Role on first sign-in"
          description="Someone who signs in for the first time joins with this role."
          value={draft.defaultRole}
          onChange={(role) => set({ defaultRole: role as Role })}
        >
          <Group mt={6}>
            {ROLES.map((role) => (
              <Radio key={role} value={role} label={ROLE_LABELS[role]} />
            ))}
          </Group>
        </Radio.Group>
        <Switch
          label="Require single sign-on"
          description="Members can no longer sign in with a password. Admins keep password sign-in as a recovery path; each use is recorded in the audit log."
          checked={draft.ssoRequired}
          onChange={(e) => set({ ssoRequired: e.currentTarget.checked })}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <CopyableValue
            label="Redirect URI"
            value={settings.redirectUri}
            hint="Register it at your identity provider."
          />
          <CopyableValue
            label="Sign-in link"
            value={settings.signInUrl}
            hint="Members can bookmark it to go straight to your identity provider."
          />
        </SimpleGrid>
        {testResult && <SsoTestSteps result={testResult} />}
        {save.error && !Object.keys(fields).length && (
          <Alert color="red" variant="light" title="The settings were not saved">
            {save.error.message}
          </Alert>
        )}
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            <Button type="submit" loading={save.isPending}>
              Save
            </Button>
            <Button
              variant="default"
              onClick={runTest}
              loading={test.isPending}
              disabled={!draft.issuerUrl.trim() || !draft.clientId.trim()}
            >
              Test connection
            </Button>
          </Group>
          {settings.configured && (
            <Button variant="default" color="red" onClick={() => setConfirmOff(true)}>
              Turn off single sign-on
            </Button>
          )}
        </Group>
        {settings.updatedAt && (
          <Text size="xs" c="dimmed">
            Last changed <DateTime value={settings.updatedAt} format="dateTime" />
          </Text>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirmOff}
        title="Turn off single sign-on?"
        confirmLabel="Turn off"
        danger
        loading={remove.isPending}
        onClose={() => setConfirmOff(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              setConfirmOff(false);
              notifySaved('Single sign-on is off.');
            },
            onError: (error) => notifyFailed('Single sign-on was not turned off', error),
          })
        }
      >
        Members will sign in with their email and password again. The stored client secret is
        deleted.
      </ConfirmDialog>
    </form>
  );
}

/** Settings › Single sign-on: Admins configure OpenID Connect; Viewers see how they sign in. */
export function SingleSignOnSettings() {
  const { abilities } = useSession();
  const settings = useSsoSettings();
  return (
    <SectionCard
      title="Single sign-on"
      description="Let your organization's identity provider (Okta, Microsoft Entra ID, Keycloak…) sign members in with OpenID Connect."
    >
      {settings.error ? (
        <ErrorState
          title="The single sign-on settings could not be loaded"
          error={settings.error}
          onRetry={() => settings.refetch()}
          retrying={settings.isFetching}
        />
      ) : !settings.data ? (
        <Skeleton h={160} />
      ) : abilities.includes('sso.manage') ? (
        <SsoForm key={settings.data.updatedAt ?? 'new'} settings={settings.data} />
      ) : (
        <SsoSummary settings={settings.data} />
      )}
    </SectionCard>
  );
}
