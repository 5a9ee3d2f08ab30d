import { recordAudit, type AuditInput } from '../../audit/record-audit.js';
import type { Trx } from '../../db/transaction.js';
import type { VendorActor } from './operation.js';

/** Records a vendor change in the organization's audit log, in the change's transaction. */
export function recordVendorAudit(
  trx: Trx,
  actor: VendorActor,
  event: Omit<AuditInput, 'actor' | 'ip'>,
): Promise<void> {
  return recordAudit(trx, { ...event, actor: { userId: null, label: actor.label }, ip: actor.ip });
}
