import type { RecoveryCodesPayload, TwoFactorSetupPayload } from '../../../common/account-api.js';
import { recordAccountAudit } from '../../audit/record-account-audit.js';
import { newRecoveryCodes, recoveryCodeHash } from '../../auth/recovery-codes.js';
import {
  matchTotpStep,
  newTotpSecret,
  openTotpSecret,
  sealTotpSecret,
  totpEnrolment,
} from '../../auth/totp.js';
import type { AppContext } from '../../context.js';
import { inTransaction, type Trx } from '../../db/transaction.js';
import { conflict, DomainError } from '../../errors.js';
import type { AccountActor } from '../account/account-actor.js';
import { confirmPassword } from '../account/confirm-password.js';
import { replaceRecoveryCodes, setTwoFactor, twoFactorState } from './queries.js';

const alreadyOn = () => conflict('two_factor_enabled', 'Two-factor authentication is already on.');

async function auditTwoFactor(
  trx: Trx,
  actor: AccountActor,
  action: string,
  message: string,
  at: Date,
) {
  await recordAccountAudit(trx, {
    userId: actor.userId,
    type: 'security',
    action,
    message: `${actor.label} ${message}`,
    actor: { userId: actor.userId, label: actor.label },
    ip: actor.ip,
    target: { type: 'user', id: actor.userId },
    at,
  });
}

/** Fresh codes for the user; the clear text goes back once, the database keeps hashes. */
async function issueRecoveryCodes(trx: Trx, userId: number, now: Date): Promise<string[]> {
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(trx, userId, codes.map(recoveryCodeHash), now.toISOString());
  return codes;
}

/**
 * Step 1 of enrolment: a new secret, stored encrypted but not yet in force, returned with
 * its QR code. Starting again replaces an unconfirmed secret.
 */
export async function startTwoFactorSetup(
  ctx: AppContext,
  actor: AccountActor,
  password: string,
): Promise<TwoFactorSetupPayload> {
  await confirmPassword(ctx, actor, password);
  if ((await twoFactorState(ctx.db, actor.userId)).totp_enabled_at) throw alreadyOn();
  const secret = newTotpSecret();
  await setTwoFactor(
    ctx.db,
    actor.userId,
    {
      totp_secret: sealTotpSecret(ctx.secrets, secret),
      totp_enabled_at: null,
      totp_last_step: null,
    },
    ctx.now().toISOString(),
  );
  return totpEnrolment(secret, actor.email);
}

/** Step 2: a code from the app proves it holds the secret; sign-in asks for codes from now on. */
export async function enableTwoFactor(
  ctx: AppContext,
  actor: AccountActor,
  code: string,
): Promise<RecoveryCodesPayload> {
  const now = ctx.now();
  const state = await twoFactorState(ctx.db, actor.userId);
  if (state.totp_enabled_at) throw alreadyOn();
  if (!state.totp_secret) throw conflict('no_setup', 'Start the two-factor setup first.');
  const step = await matchTotpStep(
    openTotpSecret(ctx.secrets, state.totp_secret),
    code.replace(/\s/g, ''),
    now,
    null,
  );
  if (step === null)
    throw new DomainError(
      'invalid',
      'invalid_code',
      'The code is incorrect. Enter the current code from your app.',
      { code: 'is incorrect' },
    );
  const recoveryCodes = await inTransaction(ctx.db, async (trx) => {
    await setTwoFactor(
      trx,
      actor.userId,
      { totp_secret: state.totp_secret, totp_enabled_at: now.toISOString(), totp_last_step: step },
      now.toISOString(),
    );
    await auditTwoFactor(trx, actor, 'mfa.enabled', 'turned on two-factor authentication', now);
    return issueRecoveryCodes(trx, actor.userId, now);
  });
  return { recoveryCodes };
}

/** Turning it off asks for the password; off already is a no-op, so the call can be repeated. */
export async function disableTwoFactor(
  ctx: AppContext,
  actor: AccountActor,
  password: string,
): Promise<void> {
  await confirmPassword(ctx, actor, password);
  const now = ctx.now();
  const state = await twoFactorState(ctx.db, actor.userId);
  await inTransaction(ctx.db, async (trx) => {
    await setTwoFactor(
      trx,
      actor.userId,
      { totp_secret: null, totp_enabled_at: null, totp_last_step: null },
      now.toISOString(),
    );
    await replaceRecoveryCodes(trx, actor.userId, [], now.toISOString());
    if (state.totp_enabled_at)
      await auditTwoFactor(trx, actor, 'mfa.disabled', 'turned off two-factor authentication', now);
  });
}

export async function regenerateRecoveryCodes(
  ctx: AppContext,
  actor: AccountActor,
  password: string,
): Promise<RecoveryCodesPayload> {
  await confirmPassword(ctx, actor, password);
  const now = ctx.now();
  if (!(await twoFactorState(ctx.db, actor.userId)).totp_enabled_at)
    throw conflict('two_factor_disabled', 'Turn on two-factor authentication first.');
  const recoveryCodes = await inTransaction(ctx.db, async (trx) => {
    await auditTwoFactor(
      trx,
      actor,
      'mfa.recovery_codes_regenerated',
      'generated new recovery codes',
      now,
    );
    return issueRecoveryCodes(trx, actor.userId, now);
  });
  return { recoveryCodes };
}
