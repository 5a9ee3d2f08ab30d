import type { ActivationFilters } from '../../../../common/activations-api';
import { toQueryString } from '../../../api/query-string';

/** The download address of the filtered activations; the browser fetches it with the session cookie. */
export const activationsExportUrl = (filters: ActivationFilters) =>
  `/api/portal/activations/export.csv${toQueryString({ ...filters })}`;
