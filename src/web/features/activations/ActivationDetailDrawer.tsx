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
import { ACTIVATION_KIND_LABELS, platformLabel } from '../../../common/labels';
import { LICENSE_STATUS_LABELS } from '../../../common/license-status';

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
  const limit =
    license.maxDeactivations === null
      ? 'Unlimited'
      : `${license.maxDeactivations} per ${license.deactivationPeriodDays} days`;
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
            Swap machine
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
        <Field label="Product">{a.productName}</Field>
        <Field label="Activation Date">{when(a.activatedAt)}</Field>
        <Field label="Kind">{ACTIVATION_KIND_LABELS[a.kind]}</Field>
        <Field label="Identifier">{a.identifier}</Field>
        {a.serialNumber !== null && <Field label="Serial Number">{a.serialNumber}</Field>}
        <Field label="Hostname">{a.hostname}</Field>
        <Field label="Platform">{a.platform && platformLabel(a.platform)}</Field>
        <Field label="Seats">{a.quantity}</Field>
        <Field label="Last Heartbeat">{when(a.lastHeartbeatAt)}</Field>
        <Field label="Project Name">{a.projectName}</Field>
        <Field label="Project Manager">{a.projectManager}</Field>
        <Field label="Activated By">{a.activatedBy}</Field>
        <Field label="Deactivated">
          {a.deactivatedAt ? (
            <>
              {when(a.deactivatedAt)} by {a.deactivatedBy}
            </>
          ) : null}
        </Field>
      </SimpleGrid>
      <Title order={3} size="h5">
        License and entitlement
      </Title>
      <SimpleGrid cols={2} component="dl" m={0}>
        <Field label="License seats">{license.seats}</Field>
        <Field label="License status">{LICENSE_STATUS_LABELS[license.status]}</Field>
        <Field label="License expires">{when(license.expiresAt) ?? 'Never'}</Field>
        <Field label="Deactivation limit">{limit}</Field>
        <Field label="Entitlement ID">{entitlement.publicId}</Field>
        <Field label="Sales order">{entitlement.salesOrder}</Field>
        <Field label="PO number">{entitlement.poNumber}</Field>
      </SimpleGrid>
      <Title order={3} size="h5">
        Features of the license
      </Title>
      <FeatureList features={license.features} label="Features of the license" />
      <Title order={3} size="h5">
        Audit trail
      </Title>
      {detail.auditTrail.length === 0 ? (
        <Text size="sm">No events recorded.</Text>
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
  return (
    <Drawer.Root opened={activationId !== null} onClose={onClose} position="right" size="lg">
      <Drawer.Overlay />
      <Drawer.Content>
        {/* role none: a dialog's <header> would be a second banner landmark (axe). */}
        <Drawer.Header role="none">
          <Drawer.Title fw={600} fz="lg">
            Activation details
          </Drawer.Title>
          <Drawer.CloseButton aria-label="Close" />
        </Drawer.Header>
        <Drawer.Body>
          {detail.error ? (
            <ErrorState
              title="The activation could not be loaded"
              error={detail.error}
              onRetry={() => detail.refetch()}
              retrying={detail.isFetching}
            />
          ) : detail.data ? (
            <DetailBody detail={detail.data} onSwapped={onShow} />
          ) : (
            <Loader aria-label="Loading the activation" />
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
