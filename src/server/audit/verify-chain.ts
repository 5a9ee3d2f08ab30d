import type { AuditChainVerification } from '../../common/audit-api.js';
import type { Db } from '../db/database.js';
import { chainHash, GENESIS_HASH } from './audit-chain.js';
import { chainBatch } from './chain-queries.js';

const BATCH = 2000;

/**
 * Walks the organization's chain oldest first, in batches, and reports the first event that
 * does not verify: its own fields changed ("altered"), or it no longer follows the event
 * before it ("predecessor_missing": an event was removed, or its predecessor rewritten).
 * Removing the newest events leaves a shorter valid chain: compare `head` with one noted earlier.
 */
export async function verifyAuditChain(
  db: Db,
  organizationId: number,
): Promise<AuditChainVerification> {
  let expectedPrevious = GENESIS_HASH;
  let checkedEvents = 0;
  let head: AuditChainVerification['head'] = null;
  let afterId = 0;
  for (;;) {
    const batch = await chainBatch(db, organizationId, afterId, BATCH);
    for (const event of batch) {
      const broken = (reason: 'altered' | 'predecessor_missing'): AuditChainVerification => ({
        intact: false,
        checkedEvents,
        head,
        firstBrokenEvent: { id: event.id, occurredAt: event.occurred_at, reason },
      });
      if (event.prev_hash !== expectedPrevious) return broken('predecessor_missing');
      if (chainHash(expectedPrevious, event) !== event.hash) return broken('altered');
      checkedEvents++;
      head = { id: event.id, hash: event.hash, occurredAt: event.occurred_at };
      expectedPrevious = event.hash;
    }
    if (batch.length < BATCH) return { intact: true, checkedEvents, head, firstBrokenEvent: null };
    afterId = batch[batch.length - 1].id;
  }
}
