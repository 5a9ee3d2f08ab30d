import type { ActivationKind } from '../../common/activation-kinds.js';
import { evaluateLicense } from '../../common/license-validation.js';
import { recordAudit } from '../audit/record-audit.js';
import type { AppContext } from '../context.js';
import { inTransaction, type Trx } from '../db/transaction.js';
import { badRequest } from '../errors.js';
import { webhookActivation, webhookLicense } from '../webhooks/event-data.js';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event.js';
import { activationAudit, placeOf, seatsPhrase, type SeatActor } from './activation-audit.js';
import { endDeadActivation } from './end-dead-activation.js';
import { normalizeIdentifier } from './identifiers.js';
import { licenseFacts } from './license-facts.js';
import { heartbeatDeadline, heartbeatState } from './liveness.js';
import {
  findLicense,
  findOpenActivation,
  insertActivation,
  liveSeatsOfLicense,
  lockLicenseRow,
  seatHoldings,
  type ActivationRecord,
  type LicenseRecord,
  type LicenseRef,
} from './queries.js';
import { refusal } from './refusal.js';
import { assignedSeatsTaken } from './seat-reservation.js';

export interface ActivateSeatInput {
  license: LicenseRef;
  /** The product the caller runs; another product's license is refused with PRODUCT_MISMATCH. */
  productCode?: string;
  /** Defaults to the product's kind; another kind is refused. */
  kind?: ActivationKind;
  identifier: string;
  quantity?: number;
  name?: string | null;
  hostname?: string | null;
  platform?: string | null;
  projectName?: string | null;
  projectManager?: string | null;
  actor: SeatActor;
}

export interface SeatActivation {
  activation: ActivationRecord;
  /** False when the identifier already held a live activation, which is returned as it was. */
  created: boolean;
  license: LicenseRecord;
  /** Seats held by live activations of the license after this call. */
  liveSeats: number;
}

/**
 * Binds a machine, domain or serial to a license, never beyond its seats (DESIGN.md §3.3):
 * the license row is locked, live seats summed and the activation inserted and audited in
 * one transaction. The same identifier again returns its live activation (idempotent).
 */
export function activateSeat(
  ctx: AppContext,
  input: ActivateSeatInput,
  trx?: Trx,
): Promise<SeatActivation> {
  return inTransaction(trx ?? ctx.db, async (trx) => {
    const now = ctx.now();
    await lockLicenseRow(trx, input.license);
    const license = await findLicense(trx, input.license);
    if (!license) throw refusal('NOT_FOUND');
    if (input.kind && input.kind !== license.activation_kind) {
      throw badRequest(`${license.product_name} activates by ${license.activation_kind}.`, {
        kind: `must be ${license.activation_kind}`,
      });
    }
    const identifier = normalizeIdentifier(license.activation_kind, input.identifier);
    const open = await findOpenActivation(trx, license.id, license.activation_kind, identifier);
    const openIsLive =
      open !== undefined &&
      heartbeatState(open, license.heartbeat_interval_seconds, now) !== 'dead';
    const quantity = input.quantity ?? 1;
    const liveSeats = await liveSeatsOfLicense(trx, license.id, now.toISOString());
    const requested = openIsLive ? liveSeats : liveSeats + quantity;
    const takenFrom = openIsLive
      ? []
      : await assignedSeatsOfOthers(trx, license, input.actor.userId, quantity, now);
    const seatsAssignedTo = takenFrom.length > 0 ? takenFrom.join(', ') : null;
    const facts = licenseFacts(license, now, {
      productCode: input.productCode,
      liveSeats: requested,
      seatsAssignedTo,
    });
    const evaluation = evaluateLicense(facts, 'activation');
    if (!evaluation.valid) {
      ctx.metrics.seatRefusals.inc({ code: evaluation.code });
      throw refusal(
        evaluation.code,
        evaluation.code === 'SEAT_ASSIGNED'
          ? `They are assigned to ${seatsAssignedTo}.`
          : undefined,
      );
    }
    if (openIsLive) return { activation: open, created: false, license, liveSeats };

    if (open) await endDeadActivation(trx, license, open, now, liveSeats);
    const activation = await insertActivation(trx, {
      organization_id: license.organization_id,
      license_id: license.id,
      product_id: license.product_id,
      product_name: license.product_name,
      entitlement_id: license.entitlement_id,
      entitlement_public_id: license.entitlement_public_id,
      key_last4: license.key_last4,
      kind: license.activation_kind,
      identifier,
      name: input.name ?? null,
      hostname: input.hostname ?? null,
      platform: input.platform ?? null,
      quantity,
      project_name: input.projectName ?? null,
      project_manager: input.projectManager ?? null,
      activated_by_user_id: input.actor.userId,
      activated_by_label: input.actor.label,
      activated_at: now.toISOString(),
      heartbeat_deadline: heartbeatDeadline(license.heartbeat_interval_seconds, now),
    });
    await recordAudit(
      trx,
      activationAudit('activation.created', {
        license,
        activation,
        actor: input.actor,
        at: now,
        message: `${input.actor.label} activated ${seatsPhrase(quantity)} of ${license.product_name} on ${placeOf(activation)}`,
      }),
    );
    const seats = { total: license.seats, live: requested };
    const data = { license: webhookLicense(license), seats };
    const org = license.organization_id;
    const created = { ...data, activation: webhookActivation(activation) };
    await emitWebhookEvent(trx, org, 'activation.created', created, now);
    if (requested >= license.seats) await emitWebhookEvent(trx, org, 'seats.exhausted', data, now);
    return { activation, created: true, license, liveSeats: requested };
  });
}

/** The assignees whose seats this activation would take; none when an Admin shares assigned seats. */
async function assignedSeatsOfOthers(
  trx: Trx,
  license: LicenseRecord,
  requester: number | null,
  quantity: number,
  now: Date,
) {
  if (license.assigned_seats_shared === 1) return [];
  const holdings = await seatHoldings(trx, license.id, now.toISOString());
  return assignedSeatsTaken(
    license.seats,
    holdings.assignments,
    holdings.liveSeatsByUser,
    requester,
    quantity,
  );
}
