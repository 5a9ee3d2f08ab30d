import type { Generated } from 'kysely';

/**
 * Times are ISO-8601 UTC strings ("2026-11-23T10:00:00.000Z") in both dialects and
 * calendar dates are "YYYY-MM-DD": one representation, lexically sortable, one code path
 * (docs/decisions/002-one-representation-for-times.md).
 */
export type Timestamp = string;
export type Id = Generated<number>;
