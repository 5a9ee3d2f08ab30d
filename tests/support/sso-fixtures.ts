import type { AppContext } from '../../src/server/context.js';
import { randomToken, sha256Hex } from '../../src/server/crypto/tokens.js';

/** A SCIM token of the organization, inserted directly: the route walk revokes it. */
export async function ssoRouteIds(ctx: AppContext, organizationId: number) {
  const token = `scim_${randomToken()}`;
  const row = await ctx.db
    .insertInto('scim_tokens')
    .values({
      organization_id: organizationId,
      name: 'Route walk',
      token_hash: sha256Hex(token),
      token_hint: token.slice(-4),
      created_by_user_id: null,
      created_at: ctx.now().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { scimTokenId: row.id };
}
