import type { ActivationKind } from '../../../../common/activation-kinds.js';
import type { AppContext } from '../../../context.js';
import type { Row } from '../../../db/schema.js';
import { inTransaction } from '../../../db/transaction.js';
import { DomainError, notFound } from '../../../errors.js';
import { heartbeatDeadline } from '../../../licensing/public-api.js';
import { toPage } from '../../../http/pagination.js';
import { createdPosition, pageRequest } from '../common-schemas.js';
import { failOnDuplicate } from '../conflict.js';
import * as queries from './queries.js';

export interface ProductInput {
  code: string;
  name: string;
  licenseType: string;
  deploymentType: string;
  activationKind: ActivationKind;
  heartbeatIntervalSeconds?: number | null;
  identifierRequired?: boolean;
  description?: string;
  supportEmail?: string | null;
  supportUrl?: string | null;
  renewalEmail?: string | null;
}

export const presentProduct = (row: Row<'products'>) => ({
  id: row.id,
  code: row.code,
  name: row.name,
  licenseType: row.license_type,
  deploymentType: row.deployment_type,
  activationKind: row.activation_kind,
  heartbeatIntervalSeconds: row.heartbeat_interval_seconds,
  identifierRequired: row.identifier_required === 1,
  description: row.description,
  supportEmail: row.support_email,
  supportUrl: row.support_url,
  renewalEmail: row.renewal_email,
  createdAt: row.created_at,
});

function changedColumns(input: Omit<Partial<ProductInput>, 'code'>) {
  return {
    name: input.name,
    license_type: input.licenseType,
    deployment_type: input.deploymentType,
    activation_kind: input.activationKind,
    heartbeat_interval_seconds: input.heartbeatIntervalSeconds,
    identifier_required:
      input.identifierRequired === undefined ? undefined : Number(input.identifierRequired),
    description: input.description,
    support_email: input.supportEmail,
    support_url: input.supportUrl,
    renewal_email: input.renewalEmail,
  };
}

const codeTaken = <T>(write: () => Promise<T>) =>
  failOnDuplicate('code', 'Another product has this code.', write);

export async function createProduct(ctx: AppContext, input: ProductInput) {
  const row = await codeTaken(() =>
    queries.insertProduct(ctx.db, {
      code: input.code,
      name: input.name,
      license_type: input.licenseType,
      deployment_type: input.deploymentType,
      activation_kind: input.activationKind,
      heartbeat_interval_seconds: input.heartbeatIntervalSeconds ?? null,
      identifier_required: Number(input.identifierRequired ?? true),
      description: input.description ?? '',
      support_email: input.supportEmail ?? null,
      support_url: input.supportUrl ?? null,
      renewal_email: input.renewalEmail ?? null,
      created_at: ctx.now().toISOString(),
    }),
  );
  return presentProduct(row);
}

export async function getProduct(ctx: AppContext, id: number) {
  const row = await queries.findProduct(ctx.db, id);
  if (!row) throw notFound('product');
  return presentProduct(row);
}

export async function listProducts(ctx: AppContext, query: { cursor?: string; limit?: number }) {
  const page = pageRequest(query);
  return toPage(
    await queries.listProducts(ctx.db, page),
    page.limit,
    createdPosition,
    presentProduct,
  );
}

/**
 * Products are vendor-wide, so their changes have no organization's audit log to go to.
 * A new heartbeat interval gives live activations one full interval from now.
 */
export function updateProduct(
  ctx: AppContext,
  id: number,
  changes: Omit<Partial<ProductInput>, 'code'>,
) {
  return inTransaction(ctx.db, async (trx) => {
    const current = await queries.findProduct(trx, id);
    if (!current) throw notFound('product');
    const kindChanges =
      changes.activationKind !== undefined && changes.activationKind !== current.activation_kind;
    if (kindChanges && (await queries.productHasActivations(trx, id))) {
      throw new DomainError(
        'conflict',
        'product_in_use',
        'The product has activations, so its activation kind cannot change.',
        { activationKind: 'cannot change once activated' },
      );
    }
    const row = (await queries.updateProduct(trx, id, changedColumns(changes)))!;
    if (row.name !== current.name)
      await queries.renameProductOnLicensesAndActivations(trx, id, row.name);
    if (
      changes.heartbeatIntervalSeconds !== undefined &&
      changes.heartbeatIntervalSeconds !== current.heartbeat_interval_seconds
    ) {
      const now = ctx.now();
      await queries.resetHeartbeatDeadlines(
        trx,
        id,
        now.toISOString(),
        heartbeatDeadline(changes.heartbeatIntervalSeconds, now),
      );
    }
    return presentProduct(row);
  });
}
