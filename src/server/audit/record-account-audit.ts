import type { Trx } from '../db/transaction.js';
import { organizationIdsOfUser } from './chain-queries.js';
import { recordAudit, type AuditInput } from './record-audit.js';

export type AccountAuditInput = Omit<AuditInput, 'organizationId'> & { userId: number };

/**
 * An account belongs to no single organization, so an account-level event is recorded in
 * every organization the user is a member of, in the caller's transaction.
 */
export async function recordAccountAudit(trx: Trx, input: AccountAuditInput): Promise<void> {
  const { userId, ...event } = input;
  for (const organizationId of await organizationIdsOfUser(trx, userId)) {
    await recordAudit(trx, { ...event, organizationId });
  }
}
