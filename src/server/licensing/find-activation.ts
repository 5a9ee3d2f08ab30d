import type { Db } from '../db/database.js';
import { normalizeIdentifier } from './identifiers.js';
import {
  findLicense,
  findOpenActivation,
  findOpenActivationById,
  type LicenseRef,
} from './queries.js';
import { refusal } from './refusal.js';

/** An activation named by id (from the portal, within an organization) or by its license and identifier (from the software). */
export type ActivationTarget =
  { activationId: number; organizationId?: number } | { license: LicenseRef; identifier: string };

/** The target's open (not deactivated) activation and its license; refused with NOT_FOUND or NOT_ACTIVATED. */
export async function findOpenActivationFor(db: Db, target: ActivationTarget) {
  if ('activationId' in target) {
    const activation = await findOpenActivationById(db, target.activationId, target.organizationId);
    if (!activation) throw refusal('NOT_ACTIVATED');
    const license = await findLicense(db, { id: activation.license_id });
    return { license: license!, activation };
  }
  const license = await findLicense(db, target.license);
  if (!license) throw refusal('NOT_FOUND');
  const activation = await findOpenActivation(
    db,
    license.id,
    license.activation_kind,
    normalizeIdentifier(license.activation_kind, target.identifier),
  );
  if (!activation) throw refusal('NOT_ACTIVATED');
  return { license, activation };
}
