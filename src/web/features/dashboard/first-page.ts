import { requestEarly } from '../../api/client';
import { dashboardPath } from './api/dashboard';
import { FIRST_USAGE_RANGE, organizationUsagePath, USAGE_OUTLOOK_PATH } from './api/usage';

/**
 * Requests what the Dashboard shows first (its KPIs and recent activity in the member's own
 * view, the usage chart's first range, the outlook) with its code: its route's beforeLoad,
 * decision 154.
 */
export function requestDashboardPage(): void {
  requestEarly(dashboardPath(undefined));
  requestEarly(organizationUsagePath(FIRST_USAGE_RANGE));
  requestEarly(USAGE_OUTLOOK_PATH);
}
