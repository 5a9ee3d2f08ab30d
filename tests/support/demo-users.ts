import { demoUsers } from '../../src/server/demo/demo-data.js';

const email = (key: (typeof demoUsers)[number]['key']) =>
  demoUsers.find((u) => u.key === key)!.email;

/** Seeded members: Northwind Admin (also Globex Viewer), Northwind Viewer, Globex Admin. */
export const NORTHWIND_ADMIN = email('alice');
export const NORTHWIND_VIEWER = email('victor');
export const GLOBEX_ADMIN = email('gina');
