import type { TObject } from 'typebox';
import { Value } from 'typebox/value';
import { DomainError } from '../errors.js';

interface PropertySchema {
  type?: string;
  enum?: unknown[];
  anyOf?: PropertySchema[];
  items?: PropertySchema;
  format?: string;
  description?: string;
}

/** One CLI flag per schema property: "salesOrder" is --sales-order. */
export interface Flag {
  name: string;
  property: string;
  required: boolean;
  /** A repeatable flag (an array property). */
  multiple: boolean;
  /** Each value is "key=value,key=value" (an array of objects). */
  pairs: boolean;
  /** The value "null" means null (to clear the field). */
  nullable: boolean;
  hint: string;
  description: string;
}

export const kebab = (property: string) => property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function hintOf(schema: PropertySchema): string {
  if (schema.anyOf) return schema.anyOf.map(hintOf).join('|');
  if (schema.enum) return schema.enum.join('|');
  if (schema.type === 'array')
    return schema.items?.type === 'object' ? 'key=value,…' : hintOf(schema.items ?? {});
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  if (schema.type === 'boolean') return 'true|false';
  if (schema.type === 'null') return 'null';
  return schema.format ?? 'text';
}

export function flagsOf(schema: TObject | undefined): Flag[] {
  if (!schema) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties as Record<string, PropertySchema>).map(
    ([property, definition]) => ({
      name: kebab(property),
      property,
      required: required.has(property),
      multiple: definition.type === 'array',
      pairs: definition.type === 'array' && definition.items?.type === 'object',
      nullable: definition.anyOf?.some((branch) => branch.type === 'null') ?? false,
      hint: hintOf(definition),
      description:
        definition.description ??
        definition.anyOf?.find((branch) => branch.description)?.description ??
        '',
    }),
  );
}

/** "productCode=ATLAS-CAD,seats=10" → { productCode: 'ATLAS-CAD', seats: '10' } (the schema converts the types). */
function parsePairs(flag: string, value: string): Record<string, string> {
  return Object.fromEntries(
    value.split(',').map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1)
        throw new DomainError(
          'invalid',
          'validation_failed',
          `--${flag} takes key=value pairs separated by commas, got "${value}".`,
          { [flag]: 'must be key=value,…' },
        );
      return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    }),
  );
}

/** What node:util's parseArgs reads. */
export type FlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** The raw flag values of one schema's properties, shaped as the schema expects (strings still). */
export function collect(flags: Flag[], values: FlagValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const flag of flags) {
    const value = values[flag.name];
    if (value === undefined || typeof value === 'boolean') continue;
    const list = [value].flat().map(String);
    const last = list[list.length - 1];
    input[flag.property] = flag.pairs
      ? list.map((item) => parsePairs(flag.name, item))
      : flag.multiple
        ? list
        : flag.nullable && last === 'null'
          ? null
          : last;
  }
  return input;
}

/** Converts the strings to the schema's types and validates, failing as the HTTP API does: 400 with the wrong fields. */
export function validate(schema: TObject, input: Record<string, unknown>): Record<string, unknown> {
  const value = Value.Convert(schema, input);
  const fields: Record<string, string> = {};
  for (const error of Value.Errors(schema, value)) {
    const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const missing =
      error.keyword === 'required'
        ? (error.params as { requiredProperties: string[] }).requiredProperties
        : [];
    if (missing.length > 0)
      for (const property of missing)
        fields[path ? `${path}.${property}` : property] = 'is required';
    else fields[path || 'body'] ??= error.message;
  }
  if (Object.keys(fields).length > 0) {
    const summary = Object.entries(fields)
      .map(([field, problem]) => `${field} ${problem}`)
      .join('; ');
    throw new DomainError('invalid', 'validation_failed', `Invalid input: ${summary}`, fields);
  }
  return value as Record<string, unknown>;
}
