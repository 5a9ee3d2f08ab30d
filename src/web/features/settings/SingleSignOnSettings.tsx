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
import { Trans, useTranslation } from 'react-i18next';
import { ROLES } from '../../../common/plain-values';
import type { Role } from '../../../common/roles';
import type { SsoSettings, SsoTestResult } from '../../../common/sso-api';
import { ApiError } from '../../api/client';
import { useSession } from '../../api/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { ErrorState } from '../../components/ErrorState';
import { notifyFailed, notifySaved } from '../../components/notify';
import { SectionCard } from '../../components/SectionCard';
import { useLabels } from '../../i18n/labels';
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
  const { t, i18n } = useTranslation();
  if (!settings.configured)
    return (
      <Text size="sm" c="dimmed">
        {t('sso.settings.notSetUp')}
      </Text>
    );
  const domains = new Intl.ListFormat(i18n.language, { type: 'unit' });
  return (
    <Stack gap="xs">
      <Text size="sm">
        <Trans
          i18nKey={
            settings.ssoRequired ? 'sso.settings.summaryRequired' : 'sso.settings.summaryOptional'
          }
          values={{ host: new URL(settings.issuerUrl!).host }}
          components={{ strong: <strong /> }}
        />
      </Text>
      <Text size="sm">
        {t('sso.settings.domains', { domains: domains.format(settings.allowedDomains) })}
      </Text>
      <CopyableValue label={t('sso.settings.signInLink')} value={settings.signInUrl} />
      <Text size="xs" c="dimmed">
        {t('sso.settings.onlyAdmins')}
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
  const { t } = useTranslation();
  const labels = useLabels();
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
        onError: (error) => notifyFailed(t('sso.settings.testFailed'), error),
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
          notifySaved(t('sso.settings.saved'));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('sso.settings.formLabel')}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <TextInput
            label={t('sso.settings.issuerUrl')}
            description={t('sso.settings.issuerUrlHint')}
            required
            value={draft.issuerUrl}
            onChange={(e) => set({ issuerUrl: e.currentTarget.value })}
            error={fields.issuerUrl}
            autoComplete="off"
          />
          <TextInput
            label={t('sso.settings.clientId')}
            required
            value={draft.clientId}
            onChange={(e) => set({ clientId: e.currentTarget.value })}
            error={fields.clientId}
            autoComplete="off"
          />
          <PasswordInput
            label={t('sso.settings.clientSecret')}
            description={t(
              settings.hasClientSecret ? 'sso.settings.secretStored' : 'sso.settings.secretNew',
            )}
            required={!settings.hasClientSecret}
            value={draft.clientSecret}
            onChange={(e) => set({ clientSecret: e.currentTarget.value })}
            error={fields.clientSecret}
            autoComplete="new-password"
          />
          <Textarea
            label={t('sso.settings.domainsLabel')}
            description={t('sso.settings.domainsHint')}
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
          label={t('sso.settings.defaultRole')}
          description={t('sso.settings.defaultRoleHint')}
          value={draft.defaultRole}
          onChange={(role) => set({ defaultRole: role as Role })}
        >
          <Group mt={6}>
            {ROLES.map((role) => (
              <Radio key={role} value={role} label={labels.role(role)} />
            ))}
          </Group>
        </Radio.Group>
        <Switch
          label={t('sso.settings.required')}
          description={t('sso.settings.requiredHint')}
          checked={draft.ssoRequired}
          onChange={(e) => set({ ssoRequired: e.currentTarget.checked })}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <CopyableValue
            label={t('sso.settings.redirectUri')}
            value={settings.redirectUri}
            hint={t('sso.settings.redirectUriHint')}
          />
          <CopyableValue
            label={t('sso.settings.signInLink')}
            value={settings.signInUrl}
            hint={t('sso.settings.signInLinkHint')}
          />
        </SimpleGrid>
        {testResult && <SsoTestSteps result={testResult} />}
        {save.error && !Object.keys(fields).length && (
          <Alert color="red" variant="light" title={t('sso.settings.notSaved')}>
            {save.error.message}
          </Alert>
        )}
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            <Button type="submit" loading={save.isPending}>
              {t('sso.settings.save')}
            </Button>
            <Button
              variant="default"
              onClick={runTest}
              loading={test.isPending}
              disabled={!draft.issuerUrl.trim() || !draft.clientId.trim()}
            >
              {t('sso.settings.test')}
            </Button>
          </Group>
          {settings.configured && (
            <Button variant="default" color="red" onClick={() => setConfirmOff(true)}>
              {t('sso.settings.turnOff')}
            </Button>
          )}
        </Group>
        {settings.updatedAt && (
          <Text size="xs" c="dimmed">
            {t('sso.settings.lastChanged')}{' '}
            <DateTime value={settings.updatedAt} format="dateTime" />
          </Text>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirmOff}
        title={t('sso.settings.confirmOffTitle')}
        confirmLabel={t('sso.settings.confirmOff')}
        danger
        loading={remove.isPending}
        onClose={() => setConfirmOff(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              setConfirmOff(false);
              notifySaved(t('sso.settings.off'));
            },
            onError: (error) => notifyFailed(t('sso.settings.offFailed'), error),
          })
        }
      >
        {t('sso.settings.confirmOffBody')}
      </ConfirmDialog>
    </form>
  );
}

/** Settings › Single sign-on: Admins configure OpenID Connect; Viewers see how they sign in. */
export function SingleSignOnSettings() {
  const { abilities } = useSession();
  const settings = useSsoSettings();
  const { t } = useTranslation();
  return (
    <SectionCard title={t('sso.settings.title')} description={t('sso.settings.description')}>
      {settings.error ? (
        <ErrorState
          title={t('sso.settings.loadFailed')}
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
