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

/** The Admin's assign dialog: who holds seats of the license, assign more, re-assign, unassign, share assigned seats. */
export function AssignModal({ line, onClose }: { line: LicenseLine | null; onClose: () => void }) {
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
              `Re-assigned from ${moving.name} to ${result.assignment?.name ?? email.trim()}`,
            );
            resetForm();
          },
          onError: (error) => {
            if (!(error instanceof ApiError && Object.keys(error.fields).length > 0))
              notifyFailed('The license could not be re-assigned', error);
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
              ? `${email.trim()} was invited and gets the seats on joining`
              : `Assigned to ${result.assignment?.name ?? email.trim()}`,
          );
          setEmail('');
          setQuantity(1);
        },
        onError: (error) => {
          if (!(error instanceof ApiError && Object.keys(error.fields).length > 0))
            notifyFailed('The license could not be assigned', error);
        },
      },
    );
  };

  return (
    <AppModal opened onClose={close} title={`Assign ${line.productName}`} size="lg">
      <Stack gap="md">
        <Text size="sm">
          Entitlement {line.entitlementPublicId}: {data ? `${data.assigned} of ${data.seats}` : '…'}{' '}
          seats assigned.
        </Text>
        {data && data.assignments.length > 0 && (
          <Table.ScrollContainer minWidth={420}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Assigned to</Table.Th>
                  <Table.Th>Seats</Table.Th>
                  <Table.Th>In use</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
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
                          (invited)
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{a.quantity}</Table.Td>
                    <Table.Td>{a.inUse}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Re-assign ${a.name}`}
                          onClick={() => startMoving(a)}
                        >
                          <IconArrowsExchange size={16} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Unassign ${a.name}`}
                          loading={unassign.isPending && unassign.variables === a.assignmentId}
                          onClick={() =>
                            unassign.mutate(a.assignmentId, {
                              onSuccess: () =>
                                notifySaved(`${a.name} unassigned; their activations stay`),
                              onError: (error) =>
                                notifyFailed('The assignment could not be removed', error),
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
                  Re-assign {moving.name}’s seats to someone else
                </Text>
              )}
              <Autocomplete
                label={moving ? 'New member or email' : 'Member or email'}
                description="Someone who is not a member yet gets an invitation and the seats when they join."
                data={(members.data?.items ?? []).map((m) => m.email)}
                value={email}
                onChange={setEmail}
                required
                error={fields.email}
                data-autofocus
              />
              <NumberInput
                label="Seats"
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
                submitLabel={moving ? 'Re-assign' : 'Assign'}
                loading={saving.isPending}
                onCancel={moving ? resetForm : close}
              />
            </Stack>
          </form>
        ) : (
          <Alert color="gray">
            Every seat of this license is assigned. Unassign someone to assign seats to another
            person.
          </Alert>
        )}
        {data && (
          <Group>
            <Switch
              checked={data.sharedSeats}
              onChange={(event) =>
                share.mutate(event.currentTarget.checked, {
                  onError: (error) => notifyFailed('The setting could not be saved', error),
                })
              }
              label="Let anyone use assigned seats"
              description="When off, an activation by someone else cannot take a seat assigned to a person."
            />
          </Group>
        )}
      </Stack>
    </AppModal>
  );
}
