import type { InvitationPreview } from '../../../common/members-api.js';
import type { Language } from '../../../common/preferences.js';
import { ROLE_LABELS } from '../../../common/roles.js';
import { passwordWeakness } from '../../auth/password-policy.js';
import { setSessionOrganization } from '../../auth/session-queries.js';
import {
  memberLabel,
  openSession,
  type AuthState,
  type OpenedSession,
  type SignInInput,
} from '../../auth/session-service.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { AppContext } from '../../context.js';
import { hashPassword } from '../../crypto/passwords.js';
import { sha256Hex } from '../../crypto/tokens.js';
import { lockOrganization } from '../../db/lock-queries.js';
import { inTransaction, type Trx } from '../../db/transaction.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { badRequest, conflict, DomainError } from '../../errors.js';
import { emitWebhookEvent } from '../../webhooks/emit-webhook-event.js';
import { deliver, noOutgoing, type Outgoing } from '../assignments/assignment-steps.js';
import { claimAssignments } from '../assignments/assignee-changes.js';
import * as invitations from './invitation-queries.js';
import {
  fillMissingPhone,
  findMember,
  findUserByEmail,
  insertMembership,
  insertUser,
} from './queries.js';

type UsableInvitation = NonNullable<
  Awaited<ReturnType<typeof invitations.findUsableInvitationByTokenHash>>
>;

export interface NewAccount {
  firstName?: string;
  lastName?: string;
  password?: string;
}

const unusable = () =>
  new DomainError(
    'not_found',
    'invitation_unusable',
    'This invitation link is invalid, has expired, or has already been used. Ask an Admin to send a new one.',
  );

const tooManyGuesses = (seconds: number) =>
  new DomainError(
    'too_many_requests',
    'too_many_attempts',
    `Too many invalid invitation links from this address. Try again in ${Math.ceil(seconds / 60)} minutes.`,
  );

/** Invalid links count per IP (ctx.invitationThrottle), so links cannot be guessed at speed. */
async function usableInvitation(
  ctx: AppContext,
  token: string,
  ip: string,
): Promise<UsableInvitation> {
  const now = ctx.now();
  const wait = await ctx.invitationThrottle.perIp.retryAfter(ip, now.getTime());
  if (wait > 0) throw tooManyGuesses(wait);
  const invitation = await invitations.findUsableInvitationByTokenHash(
    ctx.db,
    sha256Hex(token),
    now.toISOString(),
  );
  if (invitation) return invitation;
  await ctx.invitationThrottle.perIp.hit(ip, now.getTime());
  throw unusable();
}

export async function previewInvitation(
  ctx: AppContext,
  token: string,
  ip: string,
): Promise<InvitationPreview> {
  const invitation = await usableInvitation(ctx, token, ip);
  return {
    organizationName: invitation.organization_name,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expires_at,
    accountExists: Boolean(await findUserByEmail(ctx.db, invitation.email)),
  };
}

/** Uses the invitation up, makes the user a member and records it, in the caller's transaction. */
async function join(
  trx: Trx,
  ctx: AppContext,
  invitation: UsableInvitation,
  user: { id: number; label: string },
  ip: string,
  outgoing: Outgoing,
) {
  const now = ctx.now();
  if (!(await invitations.claimInvitation(trx, invitation.id, now.toISOString()))) throw unusable();
  await lockOrganization(trx, invitation.organization_id);
  if (await findMember(trx, invitation.organization_id, user.id))
    throw conflict(
      'already_member',
      `${invitation.email} is already a member of ${invitation.organization_name}.`,
    );
  await insertMembership(
    trx,
    invitation.organization_id,
    user.id,
    invitation.role,
    now.toISOString(),
  );
  // The inviter's phone number fills an empty one; it never replaces the member's own.
  const phoneSaved = invitation.phone
    ? await fillMissingPhone(trx, user.id, invitation.phone, now.toISOString())
    : false;
  await recordAudit(trx, {
    organizationId: invitation.organization_id,
    type: 'members',
    action: 'invitation.accepted',
    message: `${user.label} accepted the invitation and joined as ${ROLE_LABELS[invitation.role]}`,
    actor: { userId: user.id, label: user.label },
    ip,
    target: { type: 'invitation', id: invitation.id },
    metadata: {
      email: invitation.email,
      role: invitation.role,
      ...(phoneSaved ? { phone: invitation.phone } : {}),
    },
    at: now,
  });
  const member = { userId: user.id, email: invitation.email, role: invitation.role };
  await emitWebhookEvent(
    trx,
    invitation.organization_id,
    'member.joined',
    { member, via: 'invitation' },
    now,
  );
  await claimAssignments(ctx, trx, invitation, user, outgoing);
}

function validNewAccount(account: NewAccount, email: string): Required<NewAccount> {
  const firstName = account.firstName?.trim() ?? '';
  const lastName = account.lastName?.trim() ?? '';
  const password = account.password ?? '';
  const fields: Record<string, string> = {};
  if (!firstName) fields.firstName = 'is required';
  if (!lastName) fields.lastName = 'is required';
  const weakness = passwordWeakness(password, { email, firstName, lastName });
  if (weakness) fields.password = weakness;
  if (Object.keys(fields).length > 0)
    throw badRequest(weakness ?? 'Enter your first and last name.', fields);
  return { firstName, lastName, password };
}

async function joinAsNewUser(
  ctx: AppContext,
  invitation: UsableInvitation,
  account: NewAccount,
  signIn: SignInInput,
  browserLanguage: Language | undefined,
): Promise<OpenedSession> {
  const { firstName, lastName, password } = validNewAccount(account, invitation.email);
  const passwordHash = await hashPassword(password);
  const now = ctx.now().toISOString();
  const outgoing = noOutgoing();
  const userId = await inTransaction(ctx.db, async (trx) => {
    const user = await insertUser(trx, {
      email: invitation.email,
      first_name: firstName,
      last_name: lastName,
      password_hash: passwordHash,
      // The browser's language, so mails written before the first settings change are in it.
      ...(browserLanguage ? { preferences: JSON.stringify({ browserLanguage }) } : {}),
      created_at: now,
      updated_at: now,
    });
    await join(
      trx,
      ctx,
      invitation,
      { id: user.id, label: memberLabel({ firstName, lastName, email: invitation.email }) },
      signIn.ip,
      outgoing,
    );
    return user.id;
  }).catch((error: unknown) => {
    if (isUniqueViolation(error))
      throw conflict(
        'account_exists',
        `An account for ${invitation.email} exists now. Sign in, then open the link again.`,
      );
    throw error;
  });
  await deliver(ctx, outgoing);
  return openSession(ctx, userId, signIn);
}

async function joinAsSignedInUser(
  ctx: AppContext,
  invitation: UsableInvitation,
  auth: AuthState,
  ip: string,
): Promise<void> {
  if (auth.user.email !== invitation.email) {
    throw new DomainError(
      'forbidden',
      'wrong_account',
      `This invitation is for ${invitation.email}. Sign in with that email to accept it.`,
    );
  }
  const outgoing = noOutgoing();
  await inTransaction(ctx.db, async (trx) => {
    await join(
      trx,
      ctx,
      invitation,
      { id: auth.user.id, label: memberLabel(auth.user) },
      ip,
      outgoing,
    );
    await setSessionOrganization(trx, auth.sessionId, invitation.organization_id);
  });
  await deliver(ctx, outgoing);
}

/**
 * A new address gets an account and a session. An address that has an account must accept
 * from a session of that account (`signedIn` authenticates the request), so neither a
 * password prompt here nor the link alone can bypass the account's second factor.
 */
export async function acceptInvitation(
  ctx: AppContext,
  token: string,
  input: {
    account: NewAccount;
    signIn: SignInInput;
    signedIn: () => Promise<AuthState>;
    /** From Accept-Language; an existing account's was noted when it signed in. */
    browserLanguage?: Language;
  },
): Promise<{ session: OpenedSession | null }> {
  const invitation = await usableInvitation(ctx, token, input.signIn.ip);
  if (!(await findUserByEmail(ctx.db, invitation.email))) {
    return {
      session: await joinAsNewUser(
        ctx,
        invitation,
        input.account,
        input.signIn,
        input.browserLanguage,
      ),
    };
  }
  await joinAsSignedInUser(ctx, invitation, await input.signedIn(), input.signIn.ip);
  return { session: null };
}
