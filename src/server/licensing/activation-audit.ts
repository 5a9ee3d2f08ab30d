import type { AuditInput } from '../audit/record-audit.js';
import type { ActivationRecord, LicenseRecord } from './queries.js';

/** Who activates or deactivates: a member, or the software ("Software", userId null), from an IP. */
export interface SeatActor {
  userId: number | null;
  label: string;
  ip?: string | null;
}

/** Who ends an activation whose heartbeat deadline passed. */
export const HEARTBEAT_MONITOR: SeatActor = { userId: null, label: 'Heartbeat monitor' };

export const seatsPhrase = (quantity: number) => `${quantity} seat${quantity === 1 ? '' : 's'}`;

/** How people recognise an activation: its host name, else its name, else its identifier. */
export const placeOf = (activation: Pick<ActivationRecord, 'hostname' | 'name' | 'identifier'>) =>
  activation.hostname ?? activation.name ?? activation.identifier;

/** The audit event of an activation change, in the activation's organization. */
export function activationAudit(
  action: string,
  event: {
    license: LicenseRecord;
    activation: ActivationRecord;
    actor: SeatActor;
    at: Date;
    message: string;
  },
): AuditInput {
  const { license, activation, actor } = event;
  return {
    organizationId: license.organization_id,
    type: 'activations',
    action,
    message: event.message,
    actor: { userId: actor.userId, label: actor.label },
    ip: actor.ip ?? null,
    target: { type: 'activation', id: activation.id },
    metadata: {
      licenseId: license.id,
      product: license.product_code,
      kind: activation.kind,
      identifier: activation.identifier,
      quantity: activation.quantity,
    },
    at: event.at,
  };
}
