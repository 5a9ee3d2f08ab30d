import type { ProductCode } from './demo-data.js';

// The demo products' features and what the demo licenses grant of them.

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
