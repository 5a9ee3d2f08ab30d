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
