import { lockOrganization } from '../db/lock-queries.js';
import type { AuditType } from '../db/schema/events.js';
import type { Trx } from '../db/transaction.js';
import { chainHash, GENESIS_HASH, type ChainedFields } from './audit-chain.js';
import { insertAuditEvent, lastChainHash } from './chain-queries.js';

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
export async function recordAudit(trx: Trx, input: AuditInput): Promise<void> {
  // Serialises appends per organization so two transactions cannot fork the chain.
  await lockOrganization(trx, input.organizationId);
  const previous = await lastChainHash(trx, input.organizationId);
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
  const prevHash = previous ?? GENESIS_HASH;
  await insertAuditEvent(trx, {
    ...fields,
    prev_hash: prevHash,
    hash: chainHash(prevHash, fields),
  });
}
