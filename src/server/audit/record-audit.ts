import type { Kysely, Transaction } from 'kysely';
import type { AuditType, Database } from '../db/schema.js';
import { lockOrganization } from '../db/lock-queries.js';
import { chainHash, GENESIS_HASH, type ChainedFields } from './audit-chain.js';

export interface AuditInput {
  organizationId: number;
  type: AuditType;
  /** Stable machine name, e.g. "activation.deactivated". */
  action: string;
  message: string;
  actor: { userId: number | null; label: string };
  ip?: string | null;
  target?: { type: string; id: string | number };
  metadata?: Record<string, unknown>;
  at: Date;
}

/**
 * Appends an event to its organization's hash chain. Call it with the transaction that
 * makes the change, so the change and its record commit together (DESIGN.md §3.4).
 */
export async function recordAudit(trx: Transaction<Database> | Kysely<Database>, input: AuditInput): Promise<void> {
  // Serialises appends per organization so two transactions cannot fork the chain.
  await lockOrganization(trx, input.organizationId);
  const previous = await trx
    .selectFrom('audit_events')
    .select('hash')
    .where('organization_id', '=', input.organizationId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const fields: ChainedFields = {
    organization_id: input.organizationId,
    occurred_at: input.at.toISOString(),
    type: input.type,
    action: input.action,
    message: input.message,
    actor_user_id: input.actor.userId,
    actor_label: input.actor.label,
    ip: input.ip ?? null,
    target_type: input.target?.type ?? null,
    target_id: input.target ? String(input.target.id) : null,
    metadata: JSON.stringify(input.metadata ?? {}),
  };
  const prevHash = previous?.hash ?? GENESIS_HASH;
  await trx
    .insertInto('audit_events')
    .values({ ...fields, prev_hash: prevHash, hash: chainHash(prevHash, fields) })
    .execute();
}
