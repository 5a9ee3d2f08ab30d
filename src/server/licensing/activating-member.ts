import { memberLabel } from '../auth/session-service.js';
import type { AppContext } from '../context.js';
import { badRequest } from '../errors.js';
import type { SeatActor } from './activation-audit.js';
import { findLicense, memberByEmail, type KeyRef } from './queries.js';

/**
 * Who an activation from the software is for: the member named by the request's `user`
 * (their assigned seats, and the activation attributed to them), else the software itself.
 * The email is attribution, not authentication: whoever holds the key is trusted as before
 * (docs/decisions/091-assigned-seats-and-activations.md).
 */
export async function activatingActor(
  ctx: AppContext,
  license: KeyRef,
  user: string | undefined,
  software: SeatActor,
): Promise<SeatActor> {
  if (!user) return software;
  const record = await findLicense(ctx.db, license);
  // An unknown key is refused as NOT_FOUND by the seat engine, in its usual place.
  if (!record) return software;
  const member = await memberByEmail(ctx.db, record.organization_id, user);
  if (!member)
    throw badRequest('The user is not a member of the organization that holds this license.', {
      user: 'is not a member of the license’s organization',
    });
  return { userId: member.id, label: memberLabel(member), ip: software.ip };
}
