import { recordAudit } from '../audit/record-audit.js';
import type { AppContext } from '../context.js';
import { inTransaction, type Trx } from '../db/transaction.js';
import { activationAudit, placeOf, seatsPhrase, type SeatActor } from './activation-audit.js';
import { enforceDeactivationLimit } from './deactivation-limit.js';
import { findOpenActivationFor, type ActivationTarget } from './find-activation.js';
import { activationEndedOnce, webhookActivation, webhookLicense } from '../webhooks/event-data.js';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event.js';
import { closeActivation, liveSeatsOfLicense, type ActivationRecord } from './queries.js';
import { refusal } from './refusal.js';

/**
 * Ends an activation and frees its seats, audited in the same transaction. Refused with
 * NOT_ACTIVATED when there is no open activation (already deactivated, or never there), and
 * with 409 deactivation_limit when the license's deactivations per period are used up.
 */
export function deactivateActivation(
  ctx: AppContext,
  input: { target: ActivationTarget; actor: SeatActor },
  trx?: Trx,
): Promise<ActivationRecord> {
  return inTransaction(trx ?? ctx.db, async (trx) => {
    const now = ctx.now();
    const { license, activation } = await findOpenActivationFor(trx, input.target);
    const closed = await closeActivation(trx, activation.id, {
      at: now.toISOString(),
      userId: input.actor.userId,
      label: input.actor.label,
    });
    if (!closed) throw refusal('NOT_ACTIVATED');
    await recordAudit(
      trx,
      activationAudit('activation.deactivated', {
        license,
        activation,
        actor: input.actor,
        at: now,
        message: `${input.actor.label} deactivated ${placeOf(activation)}, freeing ${seatsPhrase(activation.quantity)} of ${license.product_name}`,
      }),
    );
    await enforceDeactivationLimit(trx, license, now);
    const ended = async () => ({
      license: webhookLicense(license),
      activation: webhookActivation(activation),
      seats: {
        total: license.seats,
        live: await liveSeatsOfLicense(trx, license.id, now.toISOString()),
      },
      endedAt: now.toISOString(),
      endedBy: input.actor.label,
      reason: 'deactivated' as const,
    });
    const org = license.organization_id;
    const once = activationEndedOnce(activation.id);
    await emitWebhookEvent(trx, org, 'activation.ended', ended, now, once);
    return {
      ...activation,
      deactivated_at: now.toISOString(),
      deactivated_by_user_id: input.actor.userId,
      deactivated_by_label: input.actor.label,
    };
  });
}
