import {
  ActionIcon,
  Alert,
  Autocomplete,
  Group,
  NumberInput,
  Stack,
  Switch,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowsExchange, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { AssignmentItem } from '../../../common/assignments-api';
import type { LicenseLine } from '../../../common/licenses-api';
import { ApiError } from '../../api/client';
import {
  useAssignLicense,
  useChangeAssignment,
  useLicenseAssignments,
  useShareAssignedSeats,
  useUnassign,
} from './api/license-assignments';
import { useMembers } from '../../api/members';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { notifyFailed, notifySaved } from '../../components/notify';
import { useTranslation } from 'react-i18next';

/** The Admin's assign dialog: who holds seats of the license, assign more, re-assign, unassign, share assigned seats. */
export function AssignModal({ line, onClose }: { line: LicenseLine | null; onClose: () => void }) {
  const { t } = useTranslation();
  const licenseId = line?.licenseId ?? 0;
  const assignments = useLicenseAssignments(line?.licenseId);
  const members = useMembers({ limit: 100 });
  const assign = useAssignLicense(licenseId);
  const change = useChangeAssignment(licenseId);
  const unassign = useUnassign(licenseId);
  const share = useShareAssignedSeats(licenseId);
  const [email, setEmail] = useState('');
  const [quantity, setQuantity] = useState<number | string>(1);
  /** The assignment being moved to someone else, or null when the form assigns new seats. */
  const [moving, setMoving] = useState<AssignmentItem | null>(null);
  const saving = moving ? change : assign;
  const fields = saving.error instanceof ApiError ? saving.error.fields : {};
  const resetForm = () => {
    assign.reset();
    change.reset();
    setMoving(null);
    setEmail('');
    setQuantity(1);
  };
  const close = () => {
    resetForm();
    onClose();
  };
  if (!line) return null;
  const data = assignments.data;
  const free = data ? data.seats - data.assigned : line.available;
  const startMoving = (assignment: AssignmentItem) => {
    resetForm();
    setMoving(assignment);
    setQuantity(assignment.quantity);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (moving) {
      change.mutate(
        { assignmentId: moving.assignmentId, email: email.trim(), quantity: Number(quantity) },
        {
          onSuccess: (result) => {
            notifySaved(
              t('licenses.assign.moved', {
                from: moving.name,
                to: result.assignment?.name ?? email.trim(),
              }),
            );
            resetForm();
          },
          onError: (error) => {
            if (!(error instanceof ApiError && Object.keys(error.fields).length > 0))
              notifyFailed(t('licenses.assign.moveFailed'), error);
          },
        },
      );
      return;
    }
    assign.mutate(
      { email: email.trim(), quantity: Number(quantity) },
      {
        onSuccess: (result) => {
          notifySaved(
            result.invited
              ? t('licenses.assign.invited', { email: email.trim() })
              : t('licenses.assign.done', { name: result.assignment?.name ?? email.trim() }),
          );
          setEmail('');
          setQuantity(1);
        },
        onError: (error) => {
          if (!(error instanceof ApiError && Object.keys(error.fields).length > 0))
            notifyFailed(t('licenses.assign.failed'), error);
        },
      },
    );
  };

  return (
    <AppModal
      opened
      onClose={close}
      title={t('licenses.assign.title', { product: line.productName })}
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm">
          {data
            ? t('licenses.assign.summary', {
                entitlement: line.entitlementPublicId,
                assigned: data.assigned,
                count: data.seats,
              })
            : t('licenses.assign.summaryLoading', { entitlement: line.entitlementPublicId })}
        </Text>
        {data && data.assignments.length > 0 && (
          <Table.ScrollContainer minWidth={420}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('licenses.columns.assignedTo')}</Table.Th>
                  <Table.Th>{t('licenses.assign.seats')}</Table.Th>
                  <Table.Th>{t('licenses.assign.inUse')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('licenses.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.assignments.map((a) => (
                  <Table.Tr key={a.assignmentId}>
                    <Table.Td>
                      {a.name}
                      {a.pending && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          {t('licenses.assign.invitedMark')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{a.quantity}</Table.Td>
                    <Table.Td>{a.inUse}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('licenses.assign.moveLabel', { name: a.name })}
                          onClick={() => startMoving(a)}
                        >
                          <IconArrowsExchange size={16} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('licenses.assign.unassignLabel', { name: a.name })}
                          loading={unassign.isPending && unassign.variables === a.assignmentId}
                          onClick={() =>
                            unassign.mutate(a.assignmentId, {
                              onSuccess: () =>
                                notifySaved(t('licenses.assign.unassigned', { name: a.name })),
                              onError: (error) =>
                                notifyFailed(t('licenses.assign.unassignFailed'), error),
                            })
                          }
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {free > 0 || moving ? (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              {moving && (
                <Text size="sm" fw={500}>
                  {t('licenses.assign.moving', { name: moving.name })}
                </Text>
              )}
              <Autocomplete
                label={t(moving ? 'licenses.assign.newMember' : 'licenses.assign.member')}
                description={t('licenses.assign.memberHint')}
                data={(members.data?.items ?? []).map((m) => m.email)}
                value={email}
                onChange={setEmail}
                required
                error={fields.email}
                data-autofocus
                // Focused as the dialog opens: suggestions wait for a click or typing, so they do
                // not cover the Seats field before the Admin has looked at the form.
                openOnFocus={false}
                limit={5}
              />
              <NumberInput
                label={t('licenses.assign.seats')}
                min={1}
                max={free + (moving?.quantity ?? 0)}
                clampBehavior="none"
                value={quantity}
                onChange={setQuantity}
                allowDecimal={false}
                required
                error={fields.quantity}
              />
              <FormActions
                submitLabel={t(moving ? 'licenses.assign.move' : 'licenses.assign.submit')}
                loading={saving.isPending}
                onCancel={moving ? resetForm : close}
              />
            </Stack>
          </form>
        ) : (
          <Alert color="gray">{t('licenses.assign.full')}</Alert>
        )}
        {data && (
          <Group>
            <Switch
              checked={data.sharedSeats}
              onChange={(event) =>
                share.mutate(event.currentTarget.checked, {
                  onError: (error) => notifyFailed(t('licenses.assign.shareFailed'), error),
                })
              }
              label={t('licenses.assign.share')}
              description={t('licenses.assign.shareHint')}
            />
          </Group>
        )}
      </Stack>
    </AppModal>
  );
}
