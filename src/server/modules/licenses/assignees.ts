import type { AssigneeFilter, AssigneeSummary } from '../../../common/assignments-api.js';
import type { Actor } from '../../authz/policy.js';
import type { Db } from '../../db/database.js';
import { assigneesOf, type AssigneeCondition } from './assignee-queries.js';

/** The query string's `assigned` (me, none or a user id) as a condition; undefined = no filter. */
export function assigneeCondition(
  actor: Actor,
  assigned: string | undefined,
): AssigneeCondition | undefined {
  const filter: AssigneeFilter | undefined =
    assigned === undefined || assigned === 'me' || assigned === 'none'
      ? assigned
      : Number(assigned);
  if (filter === undefined) return undefined;
  if (filter === 'none') return 'none';
  return { userId: filter === 'me' ? actor.userId : filter };
}

/** Assignees grouped by license or product id, as the lists and panels show them. */
export async function assigneesBy(
  db: Db,
  actor: Actor,
  of: { licenseIds: number[] } | { productIds: number[] },
): Promise<Map<number, AssigneeSummary[]>> {
  const rows = await assigneesOf(db, actor.organizationId, of);
  const byId = new Map<number, AssigneeSummary[]>();
  for (const row of rows) {
    const id = 'licenseIds' in of ? row.licenseId : row.productId;
    const name = `${row.firstName ?? ''} ${row.lastName ?? ''}`.trim() || row.email;
    const list = byId.get(id) ?? [];
    const same = list.find((a) => a.name === name);
    if (same) same.quantity += row.quantity;
    else
      list.push({
        name,
        quantity: row.quantity,
        pending: row.userId === null,
        isMe: row.userId === actor.userId,
      });
    byId.set(id, list);
  }
  return byId;
}
