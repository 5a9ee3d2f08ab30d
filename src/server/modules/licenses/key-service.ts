import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import { findLicenseKey } from './key-queries.js';

export type KeyRevealPurpose = 'reveal' | 'copy';

/** Decrypts one of the organization's license keys; every reveal or copy is audited with it. */
export async function revealLicenseKey(
  ctx: AppContext,
  actor: Actor,
  licenseId: number,
  purpose: KeyRevealPurpose,
  ip: string | null,
): Promise<{ key: string }> {
  return inTransaction(ctx.db, async (trx) => {
    const license = await findLicenseKey(trx, actor.organizationId, licenseId);
    if (!license) throw notFound('license');
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      type: 'licenses',
      action: purpose === 'copy' ? 'license.key_copied' : 'license.key_revealed',
      message: `${actor.label} ${purpose === 'copy' ? 'copied' : 'revealed'} the ${license.productName} license key ending ${license.key_last4}`,
      actor,
      ip,
      target: { type: 'license', id: licenseId },
      metadata: { last4: license.key_last4 },
      at: ctx.now(),
    });
    return { key: ctx.licenseKeys.decrypt(license.key_ciphertext) };
  });
}
