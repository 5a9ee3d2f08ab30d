import type { AccountPayload } from '../../../common/account-api.js';
import { recordAccountAudit } from '../../audit/record-account-audit.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { badRequest } from '../../errors.js';
import type { AccountActor } from './account-actor.js';
import { findAccount, lockUser, updateUser } from './queries.js';

export async function accountOf(ctx: AppContext, userId: number): Promise<AccountPayload> {
  const row = await findAccount(ctx.db, userId, ctx.now().toISOString());
  return {
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    phone: row.phone,
    pendingEmail: row.pending_email ?? null,
    twoFactor: {
      enabled: row.totp_enabled_at !== null,
      recoveryCodesLeft: Number(row.recovery_codes_left ?? 0),
    },
  };
}

export interface ProfileChange {
  firstName?: string;
  lastName?: string;
  phone?: string | null;
}

const PHONE = /^\+?[0-9][0-9 ()./-]{4,29}$/;

function normalizeProfile(change: ProfileChange) {
  const values: { first_name?: string; last_name?: string; phone?: string | null } = {};
  const fields: Record<string, string> = {};
  if (change.firstName !== undefined) {
    values.first_name = change.firstName.trim();
    if (!values.first_name) fields.firstName = 'is required';
  }
  if (change.lastName !== undefined) {
    values.last_name = change.lastName.trim();
    if (!values.last_name) fields.lastName = 'is required';
  }
  if (change.phone !== undefined) {
    values.phone = change.phone?.trim() || null;
    if (values.phone && !PHONE.test(values.phone))
      fields.phone = 'is not a phone number (digits, spaces, + ( ) - . /)';
  }
  if (Object.keys(fields).length > 0) throw badRequest('Some fields need attention.', fields);
  return values;
}

const FIELD_NAMES = { first_name: 'first name', last_name: 'last name', phone: 'phone' } as const;

/** Updates the given fields; unchanged values write nothing and record nothing. */
export async function updateProfile(
  ctx: AppContext,
  actor: AccountActor,
  change: ProfileChange,
): Promise<AccountPayload> {
  const values = normalizeProfile(change);
  const now = ctx.now();
  await inTransaction(ctx.db, async (trx) => {
    const current = await lockUser(trx, actor.userId);
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter(
      (key) => values[key] !== current[key],
    );
    if (changed.length === 0) return;
    await updateUser(trx, actor.userId, values, now.toISOString());
    await recordAccountAudit(trx, {
      userId: actor.userId,
      type: 'settings',
      action: 'profile.updated',
      message: `${actor.label} updated their profile (${changed.map((key) => FIELD_NAMES[key]).join(', ')})`,
      actor: { userId: actor.userId, label: actor.label },
      ip: actor.ip,
      target: { type: 'user', id: actor.userId },
      metadata: { fields: changed },
      at: now,
    });
  });
  return accountOf(ctx, actor.userId);
}
