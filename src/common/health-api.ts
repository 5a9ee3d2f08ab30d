import { Type, type Static } from 'typebox';

/** GET /api/health: whether the server runs and reaches its database. */
export const HealthStatus = Type.Object({
  status: Type.Enum(['ok', 'unavailable']),
  database: Type.Enum(['sqlite', 'postgres'], { description: 'The database the server runs on.' }),
});
export type HealthStatus = Static<typeof HealthStatus>;
