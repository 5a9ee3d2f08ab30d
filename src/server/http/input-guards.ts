import type { FastifyInstance, FastifyRequest } from 'fastify';
import { INT32_MAX, INT32_MIN } from '../../common/input-schemas.js';
import { DomainError } from '../errors.js';

type Schema = Record<string, unknown>;
const INPUT_PARTS = ['params', 'querystring', 'body', 'headers'] as const;

/**
 * A copy of an input schema where every number without stated bounds fits a 32-bit column,
 * and an object that requires some field takes only its declared ones.
 */
function bounded(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(bounded);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: Schema = {};
  for (const [key, value] of Object.entries(schema as Schema)) copy[key] = bounded(value);
  // "At least one field" means one of the declared fields: `{"colour": 1}` is no change at all.
  if (
    copy.minProperties !== undefined &&
    copy.properties &&
    copy.additionalProperties === undefined
  )
    copy.additionalProperties = false;
  const types = [copy.type].flat();
  if (types.includes('integer') || types.includes('number')) {
    copy.maximum ??= INT32_MAX;
    copy.minimum ??= INT32_MIN;
  }
  return copy;
}

const refuse = (field: string, problem: string) =>
  new DomainError('invalid', 'validation_failed', `Invalid input: ${field} ${problem}`, {
    [field]: problem,
  });

/** The first value the database cannot take: a NUL in text (or a key), or a number that is not finite. */
function unstorable(value: unknown, path: string): { field: string; problem: string } | null {
  if (typeof value === 'string')
    return value.includes('\u0000')
      ? { field: path, problem: 'contains characters that are not allowed' }
      : null;
  if (typeof value === 'number')
    return Number.isFinite(value) ? null : { field: path, problem: 'must be a finite number' };
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    const field = path ? `${path}.${key}` : key;
    if (key.includes('\u0000'))
      return { field: path || 'body', problem: 'contains characters that are not allowed' };
    const found = unstorable(item, field);
    if (found) return found;
  }
  return null;
}

function refusalOf(request: FastifyRequest): DomainError | undefined {
  for (const part of [request.params, request.query, request.body]) {
    const found = unstorable(part, '');
    if (found) return refuse(found.field || 'body', found.problem);
  }
  return undefined;
}

/**
 * Bad input that passes the schemas but that a database refuses (a 500 on PostgreSQL):
 * integers past 32 bits are bounded in every input schema as routes register, and NUL or
 * a non-finite number (ajv coerces `limit=Infinity` and `1e309` and then skips `maximum`)
 * are refused after validation, before any handler runs.
 */
export function guardInputs(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const schema = route.schema as Schema | undefined;
    if (!schema) return;
    const copy: Schema = { ...schema };
    for (const part of INPUT_PARTS) if (schema[part]) copy[part] = bounded(schema[part]);
    route.schema = copy;
  });
  // A callback hook: it runs on every request and has nothing to wait for.
  app.addHook('preHandler', (request, _reply, done) => done(refusalOf(request)));
}
