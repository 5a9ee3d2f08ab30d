import { LicenseKeyVault } from '../src/server/crypto/license-keys.js';
import { loadSecrets } from '../src/server/crypto/secrets.js';
import { openDatabase } from '../src/server/db/database.js';
import { cachedLookupHash } from '../src/server/db/fast-path/lookup-hash-cache.js';
import { identifierForm } from '../src/server/licensing/identifiers.js';
import { findLicenseWithBinding } from '../src/server/licensing/queries.js';

/**
 * Validate's own lookup for the reference with validate's duties (decision 169): the running
 * portal's database opened as the portal opens it, the key's cached lookup hash from the
 * portal's secrets, the identifier's two stored forms, and the one statement validation runs
 * (the license with its product, entitlement, organization, live seats, grants and the
 * identifier's activation). What validate adds beyond it is its own code.
 */
export function validatesStatement(databaseUrl: string, dataDir: string) {
  const { db } = openDatabase(databaseUrl);
  const secrets = loadSecrets(dataDir, undefined);
  const vault = new LicenseKeyVault(secrets.licenseKeyEncryption, secrets.licenseKeyLookup);
  return (key: string, identifier: string) =>
    findLicenseWithBinding(
      db,
      { keyHash: cachedLookupHash(vault, key) },
      new Date().toISOString(),
      {
        domainForm: identifierForm('domain', identifier),
        otherForm: identifierForm('machine', identifier),
      },
    );
}
