import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  AssignLicenseInput,
  AssignmentChanged,
  ChangeAssignmentInput,
  LicenseAssignments,
} from '../../../../common/assignments-api';
import { apiRequest } from '../../../api/client';
import { useSession } from '../../../api/session';

const base = (licenseId: number) => `/licenses/${licenseId}/assignments`;

export function useLicenseAssignments(licenseId: number | undefined) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['licenses', organization.id, 'assignments', licenseId],
    queryFn: ({ signal }) => apiRequest<LicenseAssignments>(base(licenseId!), { signal }),
    enabled: licenseId !== undefined,
  });
}

/** Lists, panels, the Dashboard and the session's default view all show assignments. */
const refresh = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: ['licenses'] }),
    queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
    queryClient.invalidateQueries({ queryKey: ['session'] }),
  ]);

export function useAssignLicense(licenseId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignLicenseInput) =>
      apiRequest<AssignmentChanged>(base(licenseId), { method: 'POST', body }),
    onSuccess: () => refresh(queryClient),
  });
}

export function useChangeAssignment(licenseId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ assignmentId, ...body }: ChangeAssignmentInput & { assignmentId: number }) =>
      apiRequest<AssignmentChanged>(`${base(licenseId)}/${assignmentId}`, {
        method: 'PATCH',
        body,
      }),
    onSuccess: () => refresh(queryClient),
  });
}

export function useUnassign(licenseId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (assignmentId: number) =>
      apiRequest<AssignmentChanged>(`${base(licenseId)}/${assignmentId}`, { method: 'DELETE' }),
    onSuccess: () => refresh(queryClient),
  });
}

export function useShareAssignedSeats(licenseId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shared: boolean) =>
      apiRequest<LicenseAssignments>(`/licenses/${licenseId}/assigned-seats-shared`, {
        method: 'PUT',
        body: { shared },
      }),
    onSuccess: () => refresh(queryClient),
  });
}
