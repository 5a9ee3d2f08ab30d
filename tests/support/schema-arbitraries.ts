import fc from 'fast-check';

/** A JSON Schema as the OpenAPI document states it (@fastify/swagger's output). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  additionalProperties?: boolean | JsonSchema;
}

/** Values that broke the server once: past 32 bits, not finite, NUL, odd unicode, odd types. */
const HOSTILE_NUMBERS = [2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308, -1, 0, 0.5];
const HOSTILE_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\u202e\u0301💥𝔘',
  '\ud800',
  'x'.repeat(5000),
  "' or 1=1 --",
  '../../etc/passwd',
  '2147483648',
  'Infinity',
  '-1',
];
const FORMAT_SAMPLES: Record<string, string[]> = {
  email: ['alice.admin@northwind.example', 'nobody@example.com', 'a\u0000@b.example'],
  date: ['2026-06-01', '2026-02-30', '9999-12-31', '0000-01-01'],
  'date-time': ['2026-06-01T00:00:00.000Z', '2026-13-01T00:00:00Z'],
  uri: ['https://example.com', 'javascript:alert(1)'],
  uuid: ['123e4567-e89b-12d3-a456-426614174000'],
};

const hostile = fc.oneof(
  fc.constantFrom<unknown>(...HOSTILE_NUMBERS, ...HOSTILE_STRINGS, null, true, [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

function typed(schema: JsonSchema, known: unknown[], depth: number): fc.Arbitrary<unknown> {
  const type = [schema.type].flat()[0];
  const samples = fc.constantFrom<unknown>(
    ...known,
    ...(FORMAT_SAMPLES[schema.format ?? ''] ?? []),
  );
  switch (type) {
    case 'integer':
    case 'number': {
      const max = Math.min(schema.maximum ?? 10, 10);
      const numbers = known.filter((value) => typeof value === 'number');
      return fc.oneof(
        fc.integer({ min: Math.min(schema.minimum ?? -3, max), max }),
        fc.constantFrom(...HOSTILE_NUMBERS, ...numbers),
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valueFor(schema.items ?? {}, known, depth + 1), { maxLength: 3 });
    case 'object': {
      const properties = Object.entries(schema.properties ?? {});
      const record = fc.record(
        Object.fromEntries(
          properties.map(([name, child]) => [name, valueFor(child, known, depth + 1)]),
        ),
        { requiredKeys: [] },
      );
      // Sometimes every required field, sometimes an extra field nobody declared.
      return fc
        .tuple(record, fc.boolean(), fc.option(hostile))
        .map(([value, extra, odd]) =>
          extra && odd !== null ? { ...value, unexpectedField: odd } : value,
        );
    }
    default:
      return known.length > 0 || FORMAT_SAMPLES[schema.format ?? '']
        ? fc.oneof(
            samples,
            fc.string({ maxLength: 40, unit: 'binary' }),
            fc.constantFrom(...HOSTILE_STRINGS),
          )
        : fc.oneof(
            fc.string({ maxLength: 40, unit: 'binary' }),
            fc.constantFrom(...HOSTILE_STRINGS),
          );
  }
}

/**
 * Valid-ish values of the schema (its enums, formats and the `known` values such as seeded
 * ids or a real license key), mixed with hostile ones of any type.
 */
export function valueFor(
  schema: JsonSchema,
  known: unknown[] = [],
  depth = 0,
): fc.Arbitrary<unknown> {
  if (depth > 4) return hostile;
  const branches = schema.anyOf ?? schema.oneOf;
  const valid = branches
    ? fc.oneof(...branches.map((branch) => valueFor(branch, known, depth + 1)))
    : schema.enum
      ? fc.constantFrom(...schema.enum)
      : schema.const !== undefined
        ? fc.constant(schema.const)
        : typed(schema, known, depth);
  return fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: hostile, weight: 1 });
}
