import type { AppContext } from '../../../context.js';
import { randomToken, sha256Hex } from '../../../crypto/tokens.js';
import { notFound } from '../../../errors.js';
import * as queries from './queries.js';

/** Vendor tokens start with this, so a leaked one is recognisable in logs and scanners. */
export const VENDOR_TOKEN_PREFIX = 'pvt_';
const TOUCH_AFTER_MS = 60_000;

const presentToken = (row: {
  id: number;
  name: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}) => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

/** A new token, returned in clear this once; only its SHA-256 is stored. */
export async function createApiToken(ctx: AppContext, name: string) {
  const token = `${VENDOR_TOKEN_PREFIX}${randomToken()}`;
  const row = await queries.insertApiToken(ctx.db, {
    name,
    tokenHash: sha256Hex(token),
    now: ctx.now().toISOString(),
  });
  return { id: row.id, name: row.name, createdAt: row.created_at, token };
}

export async function listApiTokens(ctx: AppContext) {
  return (await queries.listApiTokens(ctx.db)).map(presentToken);
}

export async function revokeApiToken(ctx: AppContext, id: number) {
  if (!(await queries.findApiToken(ctx.db, id))) throw notFound('API token');
  await queries.setApiTokenRevoked(ctx.db, id, ctx.now().toISOString());
  return presentToken((await queries.findApiToken(ctx.db, id))!);
}

/** The token's holder, or null for an unknown or revoked token. Notes the last use at most once a minute. */
export async function authenticateApiToken(
  ctx: AppContext,
  token: string,
): Promise<{ id: number; name: string } | null> {
  const row = await queries.findActiveApiTokenByHash(ctx.db, sha256Hex(token));
  if (!row) return null;
  const now = ctx.now();
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > TOUCH_AFTER_MS) {
    await queries.setApiTokenUsed(ctx.db, row.id, now.toISOString());
  }
  return { id: row.id, name: row.name };
}
