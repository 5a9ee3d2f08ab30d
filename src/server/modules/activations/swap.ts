import type { SwapActivationInput, SwapResult } from '../../../common/activations-api.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { badRequest, conflict } from '../../errors.js';
import {
  activateSeat,
  deactivateActivation,
  normalizeIdentifier,
} from '../../licensing/public-api.js';

/**
 * Moves an activation to another machine, domain or serial in one transaction: the old one
 * is deactivated and the new one activated on the same license with the same seats and
 * project data, both audited. Any refusal (bad identifier, already active, deactivation
 * limit, license no longer usable) rolls back both.
 */
export function swapActivation(
  ctx: AppContext,
  actor: Actor,
  activationId: number,
  input: SwapActivationInput,
  ip: string | null,
): Promise<SwapResult> {
  const seatActor = { userId: actor.userId, label: actor.label, ip };
  return inTransaction(ctx.db, async (trx) => {
    const old = await deactivateActivation(
      ctx,
      { target: { activationId, organizationId: actor.organizationId }, actor: seatActor },
      trx,
    );
    if (normalizeIdentifier(old.kind, input.identifier) === old.identifier) {
      throw badRequest('The new identifier is the one already activated.', {
        identifier: 'must differ from the current one',
      });
    }
    const swapped = await activateSeat(
      ctx,
      {
        license: { id: old.license_id, organizationId: actor.organizationId },
        identifier: input.identifier,
        quantity: old.quantity,
        name: input.name?.trim() || null,
        hostname: input.hostname?.trim() || null,
        platform: old.platform,
        projectName: old.project_name,
        projectManager: old.project_manager,
        actor: seatActor,
      },
      trx,
    );
    if (!swapped.created)
      throw conflict(
        'already_activated',
        'This identifier already holds a live activation of this license.',
      );
    return { activationId: swapped.activation.id };
  });
}
