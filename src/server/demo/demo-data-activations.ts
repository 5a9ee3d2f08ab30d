// Where the demo licenses run: machines, domains and serials, live and deactivated.

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
