import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { recordAudit, type AuditInput } from './record-audit.js';

export type AccountAuditInput = Omit<AuditInput, 'organizationId'> & { userId: number };

/**
 * An account belongs to no single organization, so an account-level event is recorded in
 * every organization the user is a member of, in the caller's transaction.
 */
export async function recordAccountAudit(trx: Transaction<Database> | Kysely<Database>, input: AccountAuditInput): Promise<void> {
  const { userId, ...event } = input;
  const memberships = await trx.selectFrom('memberships').select('organization_id').where('user_id', '=', userId).orderBy('organization_id').execute();
  for (const membership of memberships) {
    await recordAudit(trx, { ...event, organizationId: membership.organization_id });
  }
}
