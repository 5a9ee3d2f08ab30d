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
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { LicenseLine } from '../../../common/licenses-api';
import { ApiError } from '../../api/client';
import {
  useAssignLicense,
  useLicenseAssignments,
  useShareAssignedSeats,
  useUnassign,
} from './api/license-assignments';
import { useMembers } from '../../api/members';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { notifyFailed, notifySaved } from '../../components/notify';

/** The Admin's assign dialog: who holds seats of the license, assign more, unassign, share assigned seats. */
export function AssignModal({ line, onClose }: { line: LicenseLine | null; onClose: () => void }) {
  const licenseId = line?.licenseId ?? 0;
  const assignments = useLicenseAssignments(line?.licenseId);
  const members = useMembers({ limit: 100 });
  const assign = useAssignLicense(licenseId);
  const unassign = useUnassign(licenseId);
  const share = useShareAssignedSeats(licenseId);
  const [email, setEmail] = useState('');
  const [quantity, setQuantity] = useState<number | string>(1);
  const fields = assign.error instanceof ApiError ? assign.error.fields : {};
  const close = () => {
    assign.reset();
    setEmail('');
    setQuantity(1);
    onClose();
  };
  if (!line) return null;
  const data = assignments.data;
  const free = data ? data.seats - data.assigned : line.available;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
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
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {free > 0 ? (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Autocomplete
                label="Member or email"
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
                max={free}
                clampBehavior="none"
                value={quantity}
                onChange={setQuantity}
                allowDecimal={false}
                required
                error={fields.quantity}
              />
              <FormActions submitLabel="Assign" loading={assign.isPending} onCancel={close} />
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
