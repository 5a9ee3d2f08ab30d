import type { FastifyReply, FastifyRequest } from 'fastify';
import { SessionPayload } from '../../../common/api-types.js';
import { SESSION_COOKIE } from '../../auth/session-cookie.js';
import { csrfTokenFor, resolveSession, type AuthState } from '../../auth/session-service.js';
import { abilitiesOf } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { inventoryDefaults } from '../assignments/inventory-view.js';
import { PORTAL_SECTIONS } from '../sections.js';

/** The session endpoint's answer: the member, their organizations, abilities and CSRF token. */
export async function presentSession(ctx: AppContext, auth: AuthState): Promise<SessionPayload> {
  const organization = auth.organization;
  if (!organization)
    throw new DomainError(
      'forbidden',
      'no_organization',
      'Your account does not belong to any organization.',
    );
  const actor = {
    userId: auth.user.id,
    organizationId: organization.id,
    role: organization.role,
    label: auth.user.email,
  };
  return {
    user: auth.user,
    organization: { id: organization.id, name: organization.name },
    role: organization.role,
    organizations: auth.memberships,
    abilities: abilitiesOf(actor),
    ...(await inventoryDefaults(ctx, actor)),
    sections: PORTAL_SECTIONS,
    csrfToken: csrfTokenFor(ctx, auth.tokenHash),
  };
}

/**
 * What GET /api/portal/session would answer this request, serialised by the same schema, for
 * the page itself to carry (decision 154); undefined without a live session in an organization,
 * where the web app asks the endpoint and gets its 401 or 403 as before.
 */
export async function sessionJsonFor(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<string | undefined> {
  const token = request.cookies[SESSION_COOKIE];
  const auth = token ? await resolveSession(ctx, token) : null;
  if (!auth?.organization) return undefined;
  // The route's own serialiser for this schema: the same fields, whitelisted (decision 134).
  const schema = SessionPayload as unknown as Record<string, unknown>;
  return reply.serializeInput(await presentSession(ctx, auth), schema);
}
