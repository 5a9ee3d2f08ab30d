import type { AuditType } from '../db/schema.js';
import { sha256Hex } from '../crypto/tokens.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  organization_id: number;
  occurred_at: string;
  type: AuditType;
  action: string;
  message: string;
  actor_user_id: number | null;
  actor_label: string;
  ip: string | null;
  target_type: string | null;
  target_id: string | null;
  metadata: string;
}

/** The hash of an event covers its fields and the previous event's hash, in a fixed order. */
export function chainHash(prevHash: string, event: ChainedFields): string {
  return sha256Hex(
    JSON.stringify([
      prevHash,
      event.organization_id,
      event.occurred_at,
      event.type,
      event.action,
      event.message,
      event.actor_user_id,
      event.actor_label,
      event.ip,
      event.target_type,
      event.target_id,
      event.metadata,
    ]),
  );
}
