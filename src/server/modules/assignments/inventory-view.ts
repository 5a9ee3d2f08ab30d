import type { InventoryView } from '../../../common/assignments-api.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { countAssignedLicenses } from './queries.js';

/**
 * A member who has assignments and is not an Admin sees their own licenses first; Admins and
 * members without assignments see the organization's (docs/decisions/093-assigned-to-me-view.md).
 */
export async function inventoryDefaults(
  ctx: AppContext,
  actor: Actor,
): Promise<{ assignedLicenses: number; defaultView: InventoryView }> {
  const assignedLicenses = await countAssignedLicenses(ctx.db, actor.organizationId, actor.userId);
  return {
    assignedLicenses,
    defaultView: assignedLicenses > 0 && actor.role !== 'admin' ? 'mine' : 'organization',
  };
}
