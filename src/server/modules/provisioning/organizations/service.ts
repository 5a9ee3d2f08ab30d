import type { AppContext } from '../../../context.js';
import type { Row } from '../../../db/schema.js';
import { inTransaction } from '../../../db/transaction.js';
import { badRequest, notFound } from '../../../errors.js';
import { toPage } from '../../../http/pagination.js';
import { createInvitation } from '../../members/invitation-service.js';
import { createdPosition, pageRequest } from '../common-schemas.js';
import { failOnDuplicate } from '../conflict.js';
import type { VendorActor } from '../operation.js';
import { recordVendorAudit } from '../vendor-audit.js';
import * as queries from './queries.js';

const presentOrganization = (row: Row<'organizations'>) => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  createdAt: row.created_at,
});

function slugFrom(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  if (!slug)
    throw badRequest(
      'Give the organization a slug: its name has no letters or digits to make one from.',
      { slug: 'is required for this name' },
    );
  return slug;
}

const slugTaken = (write: () => Promise<Row<'organizations'> | undefined>) =>
  failOnDuplicate('slug', 'Another organization has this slug.', write);

export function createOrganization(
  ctx: AppContext,
  input: { name: string; slug?: string },
  actor: VendorActor,
) {
  return inTransaction(ctx.db, async (trx) => {
    const now = ctx.now();
    const row = (await slugTaken(() =>
      queries.insertOrganization(trx, {
        name: input.name.trim(),
        slug: input.slug ?? slugFrom(input.name),
        created_at: now.toISOString(),
      }),
    ))!;
    await recordVendorAudit(trx, actor, {
      organizationId: row.id,
      type: 'settings',
      action: 'organization.created',
      message: `${actor.label} created the organization ${row.name}`,
      target: { type: 'organization', id: row.id },
      at: now,
    });
    return presentOrganization(row);
  });
}

export async function getOrganization(ctx: AppContext, id: number) {
  const row = await queries.findOrganization(ctx.db, id);
  if (!row) throw notFound('organization');
  return presentOrganization(row);
}

export async function listOrganizations(
  ctx: AppContext,
  query: { cursor?: string; limit?: number },
) {
  const page = pageRequest(query);
  return toPage(
    await queries.listOrganizations(ctx.db, page),
    page.limit,
    createdPosition,
    presentOrganization,
  );
}

export function updateOrganization(
  ctx: AppContext,
  id: number,
  changes: { name?: string; slug?: string },
  actor: VendorActor,
) {
  return inTransaction(ctx.db, async (trx) => {
    const row = await slugTaken(() =>
      queries.updateOrganization(trx, id, { name: changes.name?.trim(), slug: changes.slug }),
    );
    if (!row) throw notFound('organization');
    await recordVendorAudit(trx, actor, {
      organizationId: id,
      type: 'settings',
      action: 'organization.updated',
      message: `${actor.label} updated the organization ${row.name}`,
      target: { type: 'organization', id },
      metadata: changes,
      at: ctx.now(),
    });
    return presentOrganization(row);
  });
}

/** Invites an organization's Admin (the first one, typically): the accept link goes out by email (or to the outbox). */
export async function inviteAdmin(
  ctx: AppContext,
  id: number,
  input: { email: string; phone?: string },
  actor: VendorActor,
) {
  await getOrganization(ctx, id);
  return createInvitation(ctx, {
    organizationId: id,
    email: input.email,
    phone: input.phone,
    role: 'admin',
    invitedBy: { userId: null, label: actor.label },
    ip: actor.ip,
  });
}
