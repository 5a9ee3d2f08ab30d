import { Migrator, type Kysely, type Migration } from 'kysely';
import * as initial from './migrations/001-initial.js';
import * as licensing from './migrations/002-licensing.js';
import * as membersAndAudit from './migrations/003-members-and-audit.js';
import * as accountSecurity from './migrations/004-account-security.js';
import * as activationsIndexes from './migrations/005-activations-indexes.js';
import * as activationProductName from './migrations/006-activation-product-name.js';
import * as licenseActivationCounters from './migrations/007-license-activation-counters.js';
import * as textSearchIndexes from './migrations/008-text-search-indexes.js';
import * as activationLicenseLabels from './migrations/009-activation-license-labels.js';
import * as featureEntitlements from './migrations/010-feature-entitlements.js';
import * as licenseAssignments from './migrations/011-license-assignments.js';
import * as auditSystemActors from './migrations/012-audit-system-actors.js';
import * as licenseKeysAndDocumentation from './migrations/013-license-keys-and-documentation.js';
import * as jobRunsAndMailDeliveries from './migrations/014-job-runs-and-mail-deliveries.js';
import * as idempotencyKeys from './migrations/016-idempotency-keys.js';
import * as usageIndexes from './migrations/017-usage-indexes.js';
import * as ssoAndScim from './migrations/018-sso-and-scim.js';
import * as webhooks from './migrations/019-webhooks.js';
import * as mailDeliveryHeaders from './migrations/020-mail-delivery-headers.js';
import * as licenseProductName from './migrations/022-license-product-name.js';
import * as sealedMailDeliveries from './migrations/023-sealed-mail-deliveries.js';
import * as usageRollup from './migrations/024-usage-rollup.js';
import * as openDeadlineCovering from './migrations/025-open-deadline-covering.js';
import * as licenseLapsedSeats from './migrations/026-license-lapsed-seats.js';

const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-licensing': licensing,
  '003-members-and-audit': membersAndAudit,
  '004-account-security': accountSecurity,
  '005-activations-indexes': activationsIndexes,
  '006-activation-product-name': activationProductName,
  '007-license-activation-counters': licenseActivationCounters,
  '008-text-search-indexes': textSearchIndexes,
  '009-activation-license-labels': activationLicenseLabels,
  '010-feature-entitlements': featureEntitlements,
  '011-license-assignments': licenseAssignments,
  '012-audit-system-actors': auditSystemActors,
  '013-license-keys-and-documentation': licenseKeysAndDocumentation,
  '014-job-runs-and-mail-deliveries': jobRunsAndMailDeliveries,
  '016-idempotency-keys': idempotencyKeys,
  '017-usage-indexes': usageIndexes,
  '018-sso-and-scim': ssoAndScim,
  '019-webhooks': webhooks,
  '020-mail-delivery-headers': mailDeliveryHeaders,
  '022-license-product-name': licenseProductName,
  '023-sealed-mail-deliveries': sealedMailDeliveries,
  '024-usage-rollup': usageRollup,
  '025-open-deadline-covering': openDeadlineCovering,
  '026-license-lapsed-seats': licenseLapsedSeats,
};

export function migratorOf(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const { error, results } = await migratorOf(db).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
