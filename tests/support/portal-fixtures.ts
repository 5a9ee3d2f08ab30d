import type { AuditEventType } from '../../src/common/audit-api.js';
import type { Role } from '../../src/common/roles.js';
import { recordAudit } from '../../src/server/audit/record-audit.js';
import type { AppContext } from '../../src/server/context.js';
import { sha256Hex } from '../../src/server/crypto/tokens.js';

export async function organizationIdOf(ctx: AppContext, slug: string): Promise<number> {
  return (
    await ctx.db
      .selectFrom('organizations')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow()
  ).id;
}

export async function userIdOf(ctx: AppContext, email: string): Promise<number> {
  return (
    await ctx.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow()
  ).id;
}

/** An open invitation whose link token the test knows (real ones are only in the email). */
export async function insertInvitation(
  ctx: AppContext,
  values: { organizationId: number; email: string; role: Role; token: string; expiresAt?: Date },
): Promise<number> {
  const now = ctx.now();
  const row = await ctx.db
    .insertInto('invitations')
    .values({
      organization_id: values.organizationId,
      email: values.email,
      role: values.role,
      token_hash: sha256Hex(values.token),
      invited_by_user_id: null,
      created_at: now.toISOString(),
      expires_at: (values.expiresAt ?? new Date(now.getTime() + 86_400_000)).toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface FixtureEvent {
  at: Date;
  type?: AuditEventType;
  message?: string;
  actor?: { userId: number | null; label: string };
}

/** Appends events to an organization's chain, as the services do. */
export async function addAuditEvents(
  ctx: AppContext,
  organizationId: number,
  events: FixtureEvent[],
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    for (const [index, event] of events.entries()) {
      await recordAudit(trx, {
        organizationId,
        type: event.type ?? 'licenses',
        action: 'fixture.event',
        message: event.message ?? `Fixture event ${index}`,
        actor: event.actor ?? { userId: null, label: 'Software' },
        at: event.at,
      });
    }
  });
}

/** Northwind records the member and invitation routes name in the route-authorization walk. */
export async function memberRouteIds(ctx: AppContext, organizationId: number) {
  const token = (name: string) => `${name}-token-`.padEnd(43, 'x');
  const invite = (email: string, name: string) =>
    insertInvitation(ctx, { organizationId, email, role: 'viewer', token: token(name) });
  await invite('preview@route.example', 'preview');
  await invite('accept@route.example', 'accept');
  return {
    invitationPreviewToken: token('preview'),
    invitationAcceptToken: token('accept'),
    resendInvitationId: await invite('resend@route.example', 'resend'),
    revokeInvitationId: await invite('revoke@route.example', 'revoke'),
    /** An Admin whose role the walk sets to Admin again. */
    adminMemberId: await userIdOf(ctx, 'priya.patel@northwind.example'),
    /** A Viewer the walk removes (not the Viewer it signs in as). */
    removableMemberId: await userIdOf(ctx, 'tomas.berg@northwind.example'),
  };
}
