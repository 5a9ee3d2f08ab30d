import {
  Button,
  Drawer,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ActivationDetail } from '../../../common/activations-api';
import { useActivationDetail } from './api/activation-detail';
import { useSession } from '../../api/session';
import { DateTime } from '../../components/DateTime';
import { ErrorState } from '../../components/ErrorState';
import { FeatureList } from '../../components/FeatureList';
import { ActivationStatusBadge } from './activation-columns';
import { SwapMachineModal } from './SwapMachineModal';
import { useLabels } from '../../i18n/labels';
import { useTranslation } from 'react-i18next';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children ?? '—'}
      </Text>
    </div>
  );
}

const when = (value: string | null) =>
  value ? <DateTime value={value} format="dateTime" /> : null;

function DetailBody({
  detail,
  onSwapped,
}: {
  detail: ActivationDetail;
  onSwapped: (activationId: number) => void;
}) {
  const { activation: a, license, entitlement } = detail;
  const { abilities } = useSession();
  const [swapping, setSwapping] = useState(false);
  const { t } = useTranslation();
  const labels = useLabels();
  const limit =
    license.maxDeactivations === null
      ? t('activations.detail.unlimited')
      : t('activations.detail.limit', {
          max: license.maxDeactivations,
          count: license.deactivationPeriodDays,
        });
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <ActivationStatusBadge status={a.status} />
        {a.status !== 'deactivated' && abilities.includes('activations.deactivate') && (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconArrowsExchange size={14} aria-hidden />}
            onClick={() => setSwapping(true)}
          >
            {t('activations.detail.swap')}
          </Button>
        )}
      </Group>
      <SwapMachineModal
        activation={a}
        opened={swapping}
        onClose={() => setSwapping(false)}
        onSwapped={(activationId) => {
          setSwapping(false);
          onSwapped(activationId);
        }}
      />
      <SimpleGrid cols={2} component="dl" m={0}>
        <Field label={t('activations.toolbar.product')}>{a.productName}</Field>
        <Field label={t('activations.columns.activatedAt')}>{when(a.activatedAt)}</Field>
        <Field label={t('activations.columns.kind')}>{labels.activationKind(a.kind)}</Field>
        <Field label={t('activations.columns.identifier')}>{a.identifier}</Field>
        {a.serialNumber !== null && (
          <Field label={t('activations.columns.serialNumber')}>{a.serialNumber}</Field>
        )}
        <Field label={t('activations.swap.hostname')}>{a.hostname}</Field>
        <Field label={t('activations.detail.platform')}>
          {a.platform && labels.platform(a.platform)}
        </Field>
        <Field label={t('activations.detail.seats')}>{a.quantity}</Field>
        <Field label={t('activations.columns.lastHeartbeatAt')}>{when(a.lastHeartbeatAt)}</Field>
        <Field label={t('activations.columns.projectName')}>{a.projectName}</Field>
        <Field label={t('activations.columns.projectManager')}>{a.projectManager}</Field>
        <Field label={t('activations.columns.activatedBy')}>{a.activatedBy}</Field>
        <Field label={t('activations.detail.deactivated')}>
          {a.deactivatedAt ? (
            <>
              {when(a.deactivatedAt)} {t('activations.detail.by', { name: a.deactivatedBy })}
            </>
          ) : null}
        </Field>
      </SimpleGrid>
      <Title order={3} size="h5">
        {t('activations.detail.licenseAndEntitlement')}
      </Title>
      <SimpleGrid cols={2} component="dl" m={0}>
        <Field label={t('activations.detail.licenseSeats')}>{license.seats}</Field>
        <Field label={t('activations.detail.licenseStatus')}>
          {labels.licenseStatus(license.status)}
        </Field>
        <Field label={t('activations.detail.licenseExpires')}>
          {when(license.expiresAt) ?? t('activations.detail.never')}
        </Field>
        <Field label={t('activations.detail.deactivationLimit')}>{limit}</Field>
        <Field label={t('activations.columns.entitlementId')}>{entitlement.publicId}</Field>
        <Field label={t('activations.detail.salesOrder')}>{entitlement.salesOrder}</Field>
        <Field label={t('activations.detail.poNumber')}>{entitlement.poNumber}</Field>
      </SimpleGrid>
      <Title order={3} size="h5">
        {t('activations.detail.features')}
      </Title>
      <FeatureList features={license.features} label={t('activations.detail.features')} />
      <Title order={3} size="h5">
        {t('activations.detail.auditTrail')}
      </Title>
      {detail.auditTrail.length === 0 ? (
        <Text size="sm">{t('activations.detail.noEvents')}</Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2}>
          {detail.auditTrail.map((event) => (
            <Timeline.Item
              key={event.id}
              title={<DateTime value={event.occurredAt} format="dateTime" exact />}
            >
              <Text size="sm">{event.message}</Text>
              <Text size="xs" c="dimmed">
                {event.user}
                {event.ip ? ` · ${event.ip}` : ''}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}

interface ActivationDetailDrawerProps {
  activationId: number | null;
  onClose: () => void;
  /** After a swap: show the new activation. */
  onShow: (activationId: number) => void;
}

/** The right-side panel of one activation; closed when `activationId` is null. */
export function ActivationDetailDrawer({
  activationId,
  onClose,
  onShow,
}: ActivationDetailDrawerProps) {
  const detail = useActivationDetail(activationId);
  const { t } = useTranslation();
  return (
    <Drawer.Root opened={activationId !== null} onClose={onClose} position="right" size="lg">
      <Drawer.Overlay />
      <Drawer.Content>
        {/* role none: a dialog's <header> would be a second banner landmark (axe). */}
        <Drawer.Header role="none">
          <Drawer.Title fw={600} fz="lg">
            {t('activations.detail.title')}
          </Drawer.Title>
          <Drawer.CloseButton aria-label={t('common.close')} />
        </Drawer.Header>
        <Drawer.Body>
          {detail.error ? (
            <ErrorState
              title={t('activations.detail.loadFailed')}
              error={detail.error}
              onRetry={() => detail.refetch()}
              retrying={detail.isFetching}
            />
          ) : detail.data ? (
            <DetailBody detail={detail.data} onSwapped={onShow} />
          ) : (
            <Loader role="status" aria-label={t('activations.detail.loading')} />
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
