/**
 * An example value built from a JSON schema, for the OpenAPI document's example of each
 * operation: a schema's own example wins, else a plausible value by type and format.
 */
type Schema = {
  type?: string | string[];
  format?: string;
  examples?: unknown[];
  default?: unknown;
  const?: unknown;
  enum?: unknown[];
  minimum?: number;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  patternProperties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};

const BY_FORMAT: Record<string, string> = {
  'date-time': '2026-06-15T12:00:00.000Z',
  date: '2026-06-15',
  email: 'ada@example.com',
  uri: 'https://portal.example.com/',
};

export function exampleOf(schema: Schema, depth = 0): unknown {
  if (depth > 8 || typeof schema !== 'object' || schema === null) return undefined;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const branch = branches.find((b) => b.type !== 'null') ?? branches[0];
    return branch ? exampleOf(branch, depth + 1) : null;
  }
  if (schema.allOf) {
    return Object.assign({}, ...schema.allOf.map((part) => exampleOf(part, depth + 1)));
  }
  const type = [schema.type].flat().find((t) => t !== 'null');
  switch (type) {
    case 'string':
      return BY_FORMAT[schema.format ?? ''] ?? 'text';
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'array':
      return schema.items ? [exampleOf(schema.items, depth + 1)] : [];
    case 'object':
    case undefined: {
      if (!schema.properties) return type ? {} : undefined;
      return Object.fromEntries(
        Object.entries(schema.properties).map(([key, value]) => [key, exampleOf(value, depth + 1)]),
      );
    }
    default:
      return null;
  }
}
