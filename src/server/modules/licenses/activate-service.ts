import type { ActivateLicenseInput, LicenseActivated } from '../../../common/licenses-api.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { conflict, DomainError, notFound } from '../../errors.js';
import { activateSeat, seatUsage } from '../../licensing/public-api.js';

const seats = (count: number) => `${count} seat${count === 1 ? '' : 's'}`;

/** An Admin activates seats of one of the organization's licenses through the seat engine. */
export async function activateLicense(
  ctx: AppContext,
  actor: Actor,
  licenseId: number,
  input: ActivateLicenseInput,
  ip: string | null,
): Promise<LicenseActivated> {
  const ref = { id: licenseId, organizationId: actor.organizationId };
  if (!(await seatUsage(ctx, ref))) throw notFound('license');
  try {
    const result = await activateSeat(ctx, {
      license: ref,
      identifier: input.identifier,
      quantity: input.quantity,
      projectName: input.projectName.trim(),
      projectManager: input.projectManager.trim(),
      actor: { userId: actor.userId, label: actor.label, ip },
    });
    if (!result.created)
      throw conflict(
        'already_activated',
        'This identifier already holds a live activation of this license.',
      );
    return {
      activationId: result.activation.id,
      unactivated: Math.max(0, result.license.seats - result.liveSeats),
    };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'SEATS_EXHAUSTED')
      throw await overAsked(ctx, licenseId, input.quantity);
    throw error;
  }
}

/** The refusal names how many seats are still free, so the member can ask for that many. */
async function overAsked(
  ctx: AppContext,
  licenseId: number,
  quantity: number,
): Promise<DomainError> {
  const usage = await seatUsage(ctx, { id: licenseId });
  const left = Math.max(0, (usage?.seats ?? 0) - (usage?.liveSeats ?? 0));
  return new DomainError(
    'conflict',
    'SEATS_EXHAUSTED',
    `You asked for ${seats(quantity)} but only ${seats(left)} of this license ${left === 1 ? 'is' : 'are'} still available.`,
    {
      quantity: `at most ${left}`,
    },
  );
}
