import { useMutation } from '@tanstack/react-query';
import type { DiagnoseLicenseInput, LicenseDiagnosis } from '../../../../common/licenses-api';
import { apiRequest } from '../../../api/client';

export const diagnoseLicense = (input: DiagnoseLicenseInput) =>
  apiRequest<LicenseDiagnosis>('/licenses/diagnose', { method: 'POST', body: input });

/** A mutation because the key is sent in the body, never in a URL or the query cache. */
export function useDiagnoseLicense() {
  return useMutation({ mutationFn: diagnoseLicense });
}
