import type { AppContext } from '../../../context.js';
import type { Db } from '../../../db/database.js';
import type { Row } from '../../../db/schema.js';
import { inTransaction, type Trx } from '../../../db/transaction.js';
import { badRequest, notFound } from '../../../errors.js';
import { toPage } from '../../../http/pagination.js';
import { createdPosition, pageRequest } from '../common-schemas.js';
import { failOnDuplicate } from '../conflict.js';
import {
  getLicense,
  insertLicenseLine,
  licensesOfEntitlement,
  type LicenseLine,
} from '../licenses/service.js';
import type { VendorActor } from '../operation.js';
import { findProductsByCode } from '../products/queries.js';
import { recordVendorAudit } from '../vendor-audit.js';
import { grantLineFeatures } from '../features/service.js';
import { deliver, noOutgoing, type Outgoing } from '../../assignments/assignment-steps.js';
import { assignInTransaction } from '../../assignments/service.js';
import * as queries from './queries.js';

type EntitlementStatus = Row<'entitlements'>['status'];

export interface EntitlementInput {
  organizationId: number;
  publicId?: string;
  salesOrder: string;
  poNumber?: string | null;
  orderDate: string;
  expiresOn?: string | null;
  status?: EntitlementStatus;
  licenses: LicenseLine[];
}

const presentEntitlement = (row: Row<'entitlements'>) => ({
  id: row.id,
  publicId: row.public_id,
  organizationId: row.organization_id,
  salesOrder: row.sales_order,
  poNumber: row.po_number,
  orderDate: row.order_date,
  expiresOn: row.expires_on,
  status: row.status,
  createdAt: row.created_at,
});

async function nextPublicId(trx: Trx): Promise<string> {
  await queries.lockPublicIdAllocation(trx);
  const highest = await queries.highestGeneratedPublicId(trx);
  return `ENT-${String(Number(highest?.slice(4) ?? 0) + 1).padStart(6, '0')}`;
}

function checkDates(orderDate: string, expiresOn: string | null | undefined): void {
  if (expiresOn && expiresOn < orderDate)
    throw badRequest('The entitlement cannot expire before it was ordered.', {
      expiresOn: 'must not be before orderDate',
    });
}

/** The products of the lines by code, each line's unknown code named as its field. */
async function productsOf(
  db: Db,
  lines: Pick<LicenseLine, 'productCode'>[],
  field: (index: number) => string,
) {
  const products = new Map(
    (await findProductsByCode(db, [...new Set(lines.map((l) => l.productCode))])).map((p) => [
      p.code,
      p,
    ]),
  );
  const unknown = lines.flatMap((line, index) =>
    products.has(line.productCode) ? [] : [[field(index), 'no product has this code']],
  );
  if (unknown.length > 0)
    throw badRequest(
      'A license line names a product that does not exist.',
      Object.fromEntries(unknown),
    );
  return lines.map((line) => products.get(line.productCode)!);
}

async function addLines(
  ctx: AppContext,
  trx: Trx,
  entitlement: Row<'entitlements'>,
  lines: LicenseLine[],
  field: (index: number) => string,
) {
  const products = await productsOf(trx, lines, field);
  const ids: number[] = [];
  for (const [index, line] of lines.entries())
    ids.push(await insertLicenseLine(ctx, trx, entitlement, products[index], line));
  return ids;
}

/** The features each new line grants, audited after the line's own event (a line can grant none). */
async function grantLines(
  ctx: AppContext,
  trx: Trx,
  entitlement: Row<'entitlements'>,
  lines: LicenseLine[],
  ids: number[],
  /** Where a line's fields are named in the request: "licenses.0." or "" for one line. */
  linePath: (index: number) => string,
  actor: VendorActor,
) {
  if (!lines.some((line) => line.features?.length)) return;
  const products = await productsOf(trx, lines, (index) => `${linePath(index)}productCode`);
  for (const [index, line] of lines.entries())
    await grantLineFeatures(
      ctx,
      trx,
      {
        id: ids[index],
        organizationId: entitlement.organization_id,
        product: products[index],
        entitlementPublicId: entitlement.public_id,
      },
      line.features ?? [],
      (grant) => `${linePath(index)}features.${grant}`,
      actor,
    );
}

/** Assigns the new lines that name a purchaser (`assignTo`), in the provisioning transaction, after its own audit event. */
async function assignLines(
  ctx: AppContext,
  trx: Trx,
  organizationId: number,
  lines: LicenseLine[],
  ids: number[],
  actor: VendorActor,
  outgoing: Outgoing,
) {
  const by = { userId: null, label: actor.label, ip: actor.ip };
  for (const [index, line] of lines.entries()) {
    if (!line.assignTo) continue;
    const quantity = line.assignSeats ?? line.seats;
    await assignInTransaction(
      ctx,
      trx,
      { organizationId, licenseId: ids[index], email: line.assignTo, quantity, by },
      outgoing,
    );
  }
}

async function withLicenses(ctx: AppContext, entitlement: Row<'entitlements'>) {
  return {
    ...presentEntitlement(entitlement),
    licenses: await licensesOfEntitlement(ctx, entitlement.id),
  };
}

/** An entitlement (an order) with one license per line, all or nothing, audited in the organization's log. */
export async function createEntitlement(
  ctx: AppContext,
  input: EntitlementInput,
  actor: VendorActor,
) {
  checkDates(input.orderDate, input.expiresOn);
  const outgoing = noOutgoing();
  const entitlement = await inTransaction(ctx.db, async (trx) => {
    if (!(await queries.organizationExists(trx, input.organizationId))) {
      throw badRequest('The organization does not exist.', {
        organizationId: 'no organization has this id',
      });
    }
    const now = ctx.now();
    const row = await failOnDuplicate('publicId', 'Another entitlement has this id.', async () =>
      queries.insertEntitlement(trx, {
        public_id: input.publicId ?? (await nextPublicId(trx)),
        organization_id: input.organizationId,
        sales_order: input.salesOrder,
        po_number: input.poNumber ?? null,
        order_date: input.orderDate,
        expires_on: input.expiresOn ?? null,
        status: input.status ?? 'active',
        created_at: now.toISOString(),
      }),
    );
    const licenseIds = await addLines(
      ctx,
      trx,
      row,
      input.licenses,
      (index) => `licenses.${index}.productCode`,
    );
    await recordVendorAudit(trx, actor, {
      organizationId: row.organization_id,
      type: 'licenses',
      action: 'entitlement.created',
      message: `${actor.label} added entitlement ${row.public_id} with ${licenseIds.length} license${licenseIds.length === 1 ? '' : 's'}`,
      target: { type: 'entitlement', id: row.id },
      metadata: { salesOrder: row.sales_order, licenseIds },
      at: now,
    });
    await grantLines(
      ctx,
      trx,
      row,
      input.licenses,
      licenseIds,
      (index) => `licenses.${index}.`,
      actor,
    );
    await assignLines(ctx, trx, row.organization_id, input.licenses, licenseIds, actor, outgoing);
    return row;
  });
  await deliver(ctx, outgoing);
  return withLicenses(ctx, entitlement);
}

async function loadEntitlement(db: Db, id: number) {
  const row = await queries.findEntitlement(db, id);
  if (!row) throw notFound('entitlement');
  return row;
}

export async function getEntitlement(ctx: AppContext, id: number) {
  return withLicenses(ctx, await loadEntitlement(ctx.db, id));
}

export async function listEntitlements(
  ctx: AppContext,
  query: { organizationId?: number; cursor?: string; limit?: number },
) {
  const page = pageRequest(query);
  return toPage(
    await queries.listEntitlements(ctx.db, query, page),
    page.limit,
    createdPosition,
    presentEntitlement,
  );
}

export async function updateEntitlement(
  ctx: AppContext,
  id: number,
  changes: {
    salesOrder?: string;
    poNumber?: string | null;
    orderDate?: string;
    expiresOn?: string | null;
    status?: EntitlementStatus;
  },
  actor: VendorActor,
) {
  const entitlement = await inTransaction(ctx.db, async (trx) => {
    const current = await loadEntitlement(trx, id);
    checkDates(
      changes.orderDate ?? current.order_date,
      changes.expiresOn === undefined ? current.expires_on : changes.expiresOn,
    );
    const row = (await queries.updateEntitlement(trx, id, {
      sales_order: changes.salesOrder,
      po_number: changes.poNumber,
      order_date: changes.orderDate,
      expires_on: changes.expiresOn,
      status: changes.status,
    }))!;
    await recordVendorAudit(trx, actor, {
      organizationId: row.organization_id,
      type: 'licenses',
      action: 'entitlement.updated',
      message: `${actor.label} updated entitlement ${row.public_id}`,
      target: { type: 'entitlement', id },
      metadata: changes,
      at: ctx.now(),
    });
    return row;
  });
  return withLicenses(ctx, entitlement);
}

/** Adds a product line to an existing entitlement. */
export async function addLicense(
  ctx: AppContext,
  entitlementId: number,
  line: LicenseLine,
  actor: VendorActor,
) {
  const outgoing = noOutgoing();
  const licenseId = await inTransaction(ctx.db, async (trx) => {
    const entitlement = await loadEntitlement(trx, entitlementId);
    const [id] = await addLines(ctx, trx, entitlement, [line], () => 'productCode');
    await recordVendorAudit(trx, actor, {
      organizationId: entitlement.organization_id,
      type: 'licenses',
      action: 'license.created',
      message: `${actor.label} added a ${line.productCode} license (${line.seats} seats) to ${entitlement.public_id}`,
      target: { type: 'license', id },
      at: ctx.now(),
    });
    await grantLines(ctx, trx, entitlement, [line], [id], () => '', actor);
    await assignLines(ctx, trx, entitlement.organization_id, [line], [id], actor, outgoing);
    return id;
  });
  await deliver(ctx, outgoing);
  return getLicense(ctx, licenseId);
}
