import { deliveryOperations } from './deliveries/operations.js';
import { entitlementOperations } from './entitlements/operations.js';
import { featureOperations } from './features/operations.js';
import { licenseOperations } from './licenses/operations.js';
import type { VendorOperation } from './operation.js';
import { organizationOperations } from './organizations/operations.js';
import { productOperations } from './products/operations.js';
import { releaseOperations } from './releases/operations.js';
import { supportOperations } from './support/operations.js';
import { tokenOperations } from './tokens/operations.js';
import { webhookOperations } from './webhooks/operations.js';

/** Everything a vendor can provision: the vendor API serves those with a route, the CLI all of them. */
export const VENDOR_OPERATIONS: VendorOperation[] = [
  ...organizationOperations,
  ...productOperations,
  ...entitlementOperations,
  ...licenseOperations,
  ...featureOperations,
  ...releaseOperations,
  ...supportOperations,
  ...tokenOperations,
  ...deliveryOperations,
  ...webhookOperations,
];
