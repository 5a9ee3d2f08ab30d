import type { CreatedScimToken, ScimTokenItem, ScimTokenList } from '../../../common/sso-api.js';
import { recordAudit } from '../../audit/record-audit.js';
import { memberLabel } from '../../auth/session-service.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { randomToken, sha256Hex } from '../../crypto/tokens.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import * as queries from './queries.js';

/** Recognisable in logs and secret scanners; the rest is 256 random bits. */
const TOKEN_PREFIX = 'scim_';

type TokenRow = Awaited<ReturnType<typeof queries.listTokens>>[number];

const present = (row: TokenRow): ScimTokenItem => ({
  id: row.id,
  name: row.name,
  hint: row.token_hint,
  createdAt: row.created_at,
  createdBy: row.email
    ? memberLabel({
        firstName: row.first_name ?? '',
        lastName: row.last_name ?? '',
        email: row.email,
      })
    : null,
  lastUsedAt: row.last_used_at,
});

export async function listScimTokens(ctx: AppContext, actor: Actor): Promise<ScimTokenList> {
  return { items: (await queries.listTokens(ctx.db, actor.organizationId)).map(present) };
}

/** A new token, stored as its SHA-256 only and shown in this answer once; audited. */
export async function createScimToken(
  ctx: AppContext,
  actor: Actor,
  name: string,
  ip: string | null,
): Promise<CreatedScimToken> {
  const token = `${TOKEN_PREFIX}${randomToken()}`;
  const now = ctx.now().toISOString();
  const id = await inTransaction(ctx.db, async (trx) => {
    const { id } = await queries.insertToken(trx, actor.organizationId, {
      name: name.trim(),
      token_hash: sha256Hex(token),
      token_hint: token.slice(-4),
      created_by_user_id: actor.userId,
      created_at: now,
    });
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      type: 'settings',
      action: 'scim.token_created',
      message: `${actor.label} created the SCIM token “${name.trim()}”`,
      actor,
      ip,
      target: { type: 'scim_token', id },
      at: ctx.now(),
    });
    return id;
  });
  const item = (await queries.listTokens(ctx.db, actor.organizationId)).find((t) => t.id === id)!;
  return { token, item: present(item) };
}

export async function revokeScimToken(
  ctx: AppContext,
  actor: Actor,
  tokenId: number,
  ip: string | null,
): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const revoked = await queries.revokeToken(
      trx,
      actor.organizationId,
      tokenId,
      ctx.now().toISOString(),
    );
    if (!revoked) throw notFound('SCIM token');
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      type: 'settings',
      action: 'scim.token_revoked',
      message: `${actor.label} revoked the SCIM token “${revoked.name}”`,
      actor,
      ip,
      target: { type: 'scim_token', id: tokenId },
      at: ctx.now(),
    });
  });
}
