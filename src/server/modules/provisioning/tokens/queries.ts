import type { Db } from '../../../db/database.js';

export function insertApiToken(db: Db, values: { name: string; tokenHash: string; now: string }) {
  return db
    .insertInto('api_tokens')
    .values({ name: values.name, token_hash: values.tokenHash, created_at: values.now })
    .returning(['id', 'name', 'created_at'])
    .executeTakeFirstOrThrow();
}

export function listApiTokens(db: Db) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'last_used_at', 'revoked_at'])
    .orderBy('id')
    .execute();
}

export function findApiToken(db: Db, id: number) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'last_used_at', 'revoked_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findActiveApiTokenByHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'last_used_at'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function setApiTokenRevoked(db: Db, id: number, now: string) {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function setApiTokenUsed(db: Db, id: number, now: string) {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}
