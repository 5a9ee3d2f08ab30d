import type { OrgKey, ProductCode } from './demo-data.js';

// The demo organizations' orders: entitlements and their licenses.

interface DemoLicense {
  product: ProductCode;
  seats: number;
  /** Days from the seed time; null = never expires. */
  expiresInDays: number | null;
  status?: 'active' | 'suspended' | 'revoked';
  addedDaysAgo: number;
}

interface DemoEntitlement {
  publicId: string;
  org: OrgKey;
  salesOrder: string;
  poNumber: string | null;
  orderedDaysAgo: number;
  licenses: DemoLicense[];
}

export const demoEntitlements: DemoEntitlement[] = [
  {
    publicId: 'ENT-000101',
    org: 'northwind',
    salesOrder: 'SO-48210',
    poNumber: 'PO-NW-2291',
    orderedDaysAgo: 400,
    licenses: [
      { product: 'ATLAS-CAD', seats: 25, expiresInDays: null, addedDaysAgo: 400 },
      { product: 'CIRRUS-RENDER', seats: 10, expiresInDays: 200, addedDaysAgo: 400 },
    ],
  },
  {
    publicId: 'ENT-000102',
    org: 'northwind',
    salesOrder: 'SO-48377',
    poNumber: 'PO-NW-2310',
    orderedDaysAgo: 340,
    licenses: [
      { product: 'BEACON-CLOUD', seats: 3, expiresInDays: 12, addedDaysAgo: 340 },
      { product: 'DELTA-SIM', seats: 8, expiresInDays: 29, addedDaysAgo: 340 },
    ],
  },
  {
    publicId: 'ENT-000103',
    org: 'northwind',
    salesOrder: 'SO-49012',
    poNumber: null,
    orderedDaysAgo: 120,
    licenses: [
      { product: 'ECHO-TRIAL', seats: 5, expiresInDays: -6, addedDaysAgo: 120 },
      { product: 'DELTA-SIM', seats: 4, expiresInDays: 90, status: 'suspended', addedDaysAgo: 120 },
    ],
  },
  {
    publicId: 'ENT-000104',
    org: 'northwind',
    salesOrder: 'SO-49555',
    poNumber: 'PO-NW-2502',
    orderedDaysAgo: 14,
    licenses: [
      { product: 'ATLAS-CAD', seats: 10, expiresInDays: 365, addedDaysAgo: 14 },
      { product: 'BEACON-CLOUD', seats: 2, expiresInDays: 45, addedDaysAgo: 3 },
    ],
  },
  {
    publicId: 'ENT-000201',
    org: 'globex',
    salesOrder: 'SO-50110',
    poNumber: 'PO-GX-77',
    orderedDaysAgo: 60,
    licenses: [
      { product: 'ATLAS-CAD', seats: 50, expiresInDays: 300, addedDaysAgo: 60 },
      { product: 'DELTA-SIM', seats: 6, expiresInDays: 20, addedDaysAgo: 60 },
    ],
  },
  {
    publicId: 'ENT-000301',
    org: 'initech',
    salesOrder: 'SO-50300',
    poNumber: 'PO-IN-5',
    orderedDaysAgo: 30,
    licenses: [
      {
        product: 'CIRRUS-RENDER',
        seats: 4,
        expiresInDays: 330,
        status: 'revoked',
        addedDaysAgo: 30,
      },
    ],
  },
];
