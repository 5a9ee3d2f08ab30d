import { Type, type Static } from 'typebox';
import { StringEnum } from './schema-kit.js';

/** GET /api/health: whether the server runs and reaches its database. */
export const HealthStatus = Type.Object({
  status: StringEnum(['ok', 'unavailable']),
  database: StringEnum(['sqlite', 'postgres'], { description: 'The database the server runs on.' }),
});
export type HealthStatus = Static<typeof HealthStatus>;

/** GET /healthz: the process answers. */
export const Liveness = Type.Object({ status: Type.Literal('ok') });

const Checks = Type.Record(Type.String(), StringEnum(['up', 'down']), {
  description: 'Each dependency (database, redis, storage) and whether it answered.',
});

/** GET /readyz: ready, or what is down. */
export const Readiness = Type.Object({ status: Type.Literal('ready'), checks: Checks });
export const NotReady = Type.Object({
  status: Type.Literal('unavailable'),
  message: Type.String(),
  down: Type.Array(Type.String()),
  checks: Checks,
});
