/** The demo world that `npm start` seeds into an empty database. Days are relative to the seed time. */

export const DEMO_PASSWORD = 'portal-demo-2026';

export const demoOrganizations = [
  { key: 'northwind', name: 'Northwind Robotics', slug: 'northwind-robotics' },
  { key: 'globex', name: 'Globex Engineering', slug: 'globex-engineering' },
  { key: 'initech', name: 'Initech Labs', slug: 'initech-labs' },
] as const;

export type OrgKey = (typeof demoOrganizations)[number]['key'];

export const demoUsers = [
  {
    key: 'alice',
    email: 'alice.admin@northwind.example',
    first: 'Alice',
    last: 'Moreau',
    phone: '+1 415 555 0101',
    memberships: [
      ['northwind', 'admin'],
      ['globex', 'viewer'],
    ],
  },
  {
    key: 'victor',
    email: 'victor.viewer@northwind.example',
    first: 'Victor',
    last: 'Chen',
    phone: '+1 415 555 0102',
    memberships: [['northwind', 'viewer']],
  },
  {
    key: 'priya',
    email: 'priya.patel@northwind.example',
    first: 'Priya',
    last: 'Patel',
    phone: null,
    memberships: [['northwind', 'admin']],
  },
  {
    key: 'tomas',
    email: 'tomas.berg@northwind.example',
    first: 'Tomas',
    last: 'Berg',
    phone: '+46 8 555 0199',
    memberships: [['northwind', 'viewer']],
  },
  {
    key: 'gina',
    email: 'gina.admin@globex.example',
    first: 'Gina',
    last: 'Rossi',
    phone: '+39 02 555 0110',
    memberships: [['globex', 'admin']],
  },
  {
    key: 'ian',
    email: 'ian.admin@initech.example',
    first: 'Ian',
    last: 'Walsh',
    phone: null,
    memberships: [['initech', 'admin']],
  },
] as const;

/** Open invitations (their links are unknown: a demo shows them, nobody accepts them). */
export const demoInvitations = [
  {
    org: 'northwind',
    email: 'sam.okafor@northwind.example',
    phone: '+1 415 555 0144',
    role: 'viewer',
    sentDaysAgo: 2,
  },
  {
    org: 'northwind',
    email: 'lena.fischer@northwind.example',
    phone: null,
    role: 'admin',
    sentDaysAgo: 5,
  },
  {
    org: 'northwind',
    email: 'contractor@partner.example',
    phone: null,
    role: 'viewer',
    sentDaysAgo: 12,
  },
] as const;

export const demoProducts = [
  {
    code: 'ATLAS-CAD',
    name: 'Atlas CAD Studio',
    license_type: 'perpetual',
    deployment_type: 'on-premise',
    activation_kind: 'machine',
    heartbeat: null,
    description: 'Parametric 3D CAD for mechanical design, with assemblies and drawings.',
  },
  {
    code: 'BEACON-CLOUD',
    name: 'Beacon Analytics Cloud',
    license_type: 'subscription',
    deployment_type: 'cloud',
    activation_kind: 'domain',
    heartbeat: null,
    description: 'Hosted dashboards and telemetry analytics, bound to your company domain.',
  },
  {
    code: 'CIRRUS-RENDER',
    name: 'Cirrus Render Farm',
    license_type: 'floating',
    deployment_type: 'on-premise',
    activation_kind: 'serial',
    heartbeat: null,
    description: 'Network render nodes licensed per serial number from a shared pool.',
  },
  {
    code: 'DELTA-SIM',
    name: 'Delta Simulation Suite',
    license_type: 'subscription',
    deployment_type: 'on-premise',
    activation_kind: 'machine',
    heartbeat: 86_400,
    description: 'Finite-element and CFD solvers with daily license heartbeat.',
  },
  {
    code: 'ECHO-TRIAL',
    name: 'Echo Field Toolkit',
    license_type: 'trial',
    deployment_type: 'on-premise',
    activation_kind: 'machine',
    heartbeat: null,
    description: 'Field-service diagnostics toolkit, 30-day evaluation.',
  },
] as const;

export type ProductCode = (typeof demoProducts)[number]['code'];

/** Features products declare (migration 010). */
export const demoFeatures: {
  product: ProductCode;
  code: string;
  name: string;
  kind: 'switch' | 'limit';
  unit: string | null;
  description: string;
}[] = [
  {
    product: 'ATLAS-CAD',
    code: 'fea-solver',
    name: 'FEA Solver',
    kind: 'switch',
    unit: null,
    description: 'Linear static and modal finite-element analysis inside the CAD.',
  },
  {
    product: 'ATLAS-CAD',
    code: 'step-export',
    name: 'STEP Export',
    kind: 'switch',
    unit: null,
    description: 'Export assemblies as STEP AP242.',
  },
  {
    product: 'ATLAS-CAD',
    code: 'max-cores',
    name: 'Solver cores',
    kind: 'limit',
    unit: 'max cores',
    description: 'CPU cores one solve may use.',
  },
  {
    product: 'CIRRUS-RENDER',
    code: 'render-hours',
    name: 'Cloud render hours',
    kind: 'limit',
    unit: 'render hours',
    description: 'Hours of cloud rendering per year.',
  },
  {
    product: 'DELTA-SIM',
    code: 'cfd-solver',
    name: 'CFD Solver',
    kind: 'switch',
    unit: null,
    description: 'Computational fluid dynamics solver.',
  },
];

/**
 * What licenses grant, by entitlement and line. Northwind's perpetual Atlas CAD had FEA Solver
 * as a one-year add-on that ended; ENT-000104's evaluation of it ends within 30 days.
 */
export const demoGrants: {
  entitlement: string;
  line: number;
  feature: string;
  limit?: number;
  expiresInDays?: number;
  addedDaysAgo: number;
}[] = [
  { entitlement: 'ENT-000101', line: 0, feature: 'step-export', addedDaysAgo: 400 },
  { entitlement: 'ENT-000101', line: 0, feature: 'max-cores', limit: 8, addedDaysAgo: 400 },
  {
    entitlement: 'ENT-000101',
    line: 0,
    feature: 'fea-solver',
    expiresInDays: -6,
    addedDaysAgo: 371,
  },
  {
    entitlement: 'ENT-000101',
    line: 1,
    feature: 'render-hours',
    limit: 500,
    expiresInDays: 200,
    addedDaysAgo: 400,
  },
  { entitlement: 'ENT-000102', line: 1, feature: 'cfd-solver', addedDaysAgo: 340 },
  {
    entitlement: 'ENT-000104',
    line: 0,
    feature: 'fea-solver',
    expiresInDays: 20,
    addedDaysAgo: 14,
  },
  { entitlement: 'ENT-000104', line: 0, feature: 'max-cores', limit: 16, addedDaysAgo: 14 },
  { entitlement: 'ENT-000201', line: 0, feature: 'fea-solver', addedDaysAgo: 60 },
];

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

interface DemoActivation {
  /** Index into demoEntitlements and its licenses. */
  entitlement: string;
  line: number;
  identifier: string;
  hostname: string | null;
  platform: string | null;
  quantity: number;
  project: string | null;
  manager: string | null;
  /** A user key, or null for "Software" (activated by the installed software). */
  by: string | null;
  daysAgo: number;
  deactivatedDaysAgo?: number;
}

export const demoActivations: DemoActivation[] = [
  {
    entitlement: 'ENT-000101',
    line: 0,
    identifier: 'HWID-7F3A-91C2-D4E8',
    hostname: 'eng-ws-014',
    platform: 'Windows 11',
    quantity: 1,
    project: 'Gripper Rev C',
    manager: 'Priya Patel',
    by: 'alice',
    daysAgo: 380,
  },
  {
    entitlement: 'ENT-000101',
    line: 0,
    identifier: 'HWID-2B6D-0E17-AA90',
    hostname: 'eng-ws-022',
    platform: 'Windows 11',
    quantity: 1,
    project: 'Gripper Rev C',
    manager: 'Priya Patel',
    by: null,
    daysAgo: 200,
  },
  {
    entitlement: 'ENT-000101',
    line: 0,
    identifier: 'HWID-55C1-77B0-3F21',
    hostname: 'design-mac-03',
    platform: 'macOS 15',
    quantity: 1,
    project: 'Conveyor X2',
    manager: 'Tomas Berg',
    by: 'priya',
    daysAgo: 45,
  },
  {
    entitlement: 'ENT-000101',
    line: 0,
    identifier: 'HWID-0091-ABCD-1177',
    hostname: 'old-ws-002',
    platform: 'Windows 10',
    quantity: 1,
    project: 'Legacy arm',
    manager: 'Tomas Berg',
    by: 'alice',
    daysAgo: 390,
    deactivatedDaysAgo: 100,
  },
  {
    entitlement: 'ENT-000101',
    line: 1,
    identifier: 'SN-CR-000731',
    hostname: 'render-node-01',
    platform: 'Linux',
    quantity: 4,
    project: 'Marketing renders',
    manager: 'Alice Moreau',
    by: 'alice',
    daysAgo: 150,
  },
  {
    entitlement: 'ENT-000101',
    line: 1,
    identifier: 'SN-CR-000732',
    hostname: 'render-node-02',
    platform: 'Linux',
    quantity: 2,
    project: 'Marketing renders',
    manager: 'Alice Moreau',
    by: null,
    daysAgo: 20,
  },
  {
    entitlement: 'ENT-000102',
    line: 0,
    identifier: 'northwind-robotics.com',
    hostname: null,
    platform: null,
    quantity: 1,
    project: 'Fleet telemetry',
    manager: 'Priya Patel',
    by: 'priya',
    daysAgo: 330,
  },
  {
    entitlement: 'ENT-000102',
    line: 1,
    identifier: 'HWID-DE11-4C4C-8812',
    hostname: 'sim-cluster-a',
    platform: 'Linux',
    quantity: 3,
    project: 'Arm stress analysis',
    manager: 'Priya Patel',
    by: 'alice',
    daysAgo: 10,
  },
  {
    entitlement: 'ENT-000104',
    line: 0,
    identifier: 'HWID-F00D-1234-0A0A',
    hostname: 'eng-ws-031',
    platform: 'Windows 11',
    quantity: 1,
    project: 'Conveyor X2',
    manager: 'Tomas Berg',
    by: 'alice',
    daysAgo: 2,
  },
  {
    entitlement: 'ENT-000201',
    line: 0,
    identifier: 'HWID-GX01-0001-0001',
    hostname: 'gx-cad-01',
    platform: 'Windows 11',
    quantity: 5,
    project: 'Turbine housing',
    manager: 'Gina Rossi',
    by: 'gina',
    daysAgo: 40,
  },
];

interface DemoRelease {
  product: ProductCode;
  version: string;
  channel: 'stable' | 'beta';
  publishedDaysAgo: number;
  notes: string;
  /** platform/arch of each file; the seed writes a small text file for each. */
  files: `${string}/${string}`[];
  /** Titles of its documentation (kind "documentation"); the seed writes a one-page PDF for each. */
  documents?: string[];
}

/** ECHO-TRIAL 1.1.0 comes after Northwind's trial expired (-6 d): the Downloads page must not offer it. */
export const demoReleases: DemoRelease[] = [
  {
    product: 'ATLAS-CAD',
    version: '2026.1.0',
    channel: 'stable',
    publishedDaysAgo: 150,
    files: ['windows/x64', 'macos/universal'],
    notes:
      '## New\n- Sheet-metal unfolding\n- **Faster** assembly loading\n\n## Fixed\n- Crash when exporting `STEP` files with empty layers',
  },
  {
    product: 'ATLAS-CAD',
    version: '2026.2.0',
    channel: 'stable',
    publishedDaysAgo: 20,
    files: ['windows/x64', 'macos/universal', 'linux/x64'],
    documents: ['Release notes', 'User manual'],
    notes:
      '## New\n- Linux build\n- Drawing templates per project\n\nSee the [upgrade guide](https://example.com/atlas/upgrade) before updating.',
  },
  {
    product: 'ATLAS-CAD',
    version: '2026.3.0-beta.1',
    channel: 'beta',
    publishedDaysAgo: 3,
    files: ['linux/x64'],
    notes:
      '_Preview build, not for production._\n\n1. Real-time collaboration\n2. New sketch solver',
  },
  {
    product: 'BEACON-CLOUD',
    version: '4.2.0',
    channel: 'stable',
    publishedDaysAgo: 40,
    files: ['linux/x64'],
    notes: '## Agent\n- Sends telemetry over HTTP/2\n- Smaller memory footprint',
  },
  {
    product: 'CIRRUS-RENDER',
    version: '3.0.0',
    channel: 'stable',
    publishedDaysAgo: 90,
    files: ['linux/x64', 'windows/x64'],
    notes: '## Render node 3.0\n- GPU denoiser\n- Serial pool failover',
  },
  {
    product: 'DELTA-SIM',
    version: '5.1.0',
    channel: 'stable',
    publishedDaysAgo: 10,
    files: ['windows/x64', 'linux/x64'],
    documents: ['Release notes'],
    notes:
      '## Solver\n- CFD meshes up to 2x faster\n\n## Fixed\n- Heartbeat retries after network loss',
  },
  {
    product: 'ECHO-TRIAL',
    version: '1.0.0',
    channel: 'stable',
    publishedDaysAgo: 60,
    files: ['windows/x64'],
    notes: 'First release of the field toolkit.',
  },
  {
    product: 'ECHO-TRIAL',
    version: '1.1.0',
    channel: 'stable',
    publishedDaysAgo: 2,
    files: ['windows/x64'],
    notes: 'Offline diagnostics.',
  },
];
