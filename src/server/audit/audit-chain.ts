import type { Row } from '../db/schema.js';
import { sha256Hex } from '../crypto/tokens.js';

export const GENESIS_HASH = '0'.repeat(64);

/** Every stored field of an event except its id and the chain links themselves. */
export type ChainedFields = Omit<Row<'audit_events'>, 'id' | 'prev_hash' | 'hash'>;

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
