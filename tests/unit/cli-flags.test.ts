import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { flagOfField } from '../../src/server/cli/help.js';
import { collect, flagsOf, validate } from '../../src/server/cli/schema-flags.js';

const Body = Type.Object({
  salesOrder: Type.String({ minLength: 1, description: 'The sales order.' }),
  poNumber: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  licenses: Type.Array(
    Type.Object({ productCode: Type.String(), seats: Type.Integer({ minimum: 1 }) }),
    { minItems: 1 },
  ),
  identifierRequired: Type.Optional(Type.Boolean()),
});

describe('CLI flags from schemas', () => {
  const flags = flagsOf(Body);

  it('makes one kebab-case flag per property, repeatable for arrays', () => {
    expect(flags.map((f) => [f.name, f.required, f.multiple, f.hint])).toEqual([
      ['sales-order', true, false, 'text'],
      ['po-number', false, false, 'text|null'],
      ['licenses', true, true, 'key=value,…'],
      ['identifier-required', false, false, 'true|false'],
    ]);
  });

  it('reads key=value lines and converts strings to the schema’s types', () => {
    const input = collect(flags, {
      'sales-order': 'SO-1',
      'po-number': 'null',
      licenses: ['productCode=ATLAS, seats=2', 'productCode=BEACON,seats=1'],
      'identifier-required': 'false',
    });
    expect(validate(Body, input)).toEqual({
      salesOrder: 'SO-1',
      poNumber: null,
      licenses: [
        { productCode: 'ATLAS', seats: 2 },
        { productCode: 'BEACON', seats: 1 },
      ],
      identifierRequired: false,
    });
  });

  it('fails as the API does, naming each wrong field, which help turns into its flag', () => {
    const input = collect(flags, { licenses: ['productCode=ATLAS,seats=0'] });
    expect(() => validate(Body, input)).toThrow(
      expect.objectContaining({
        kind: 'invalid',
        code: 'validation_failed',
        fields: { salesOrder: 'is required', 'licenses.0.seats': expect.any(String) },
      }),
    );
    expect(() => collect(flags, { licenses: ['ATLAS'] })).toThrow(
      expect.objectContaining({ fields: { licenses: 'must be key=value,…' } }),
    );
    expect(flagOfField('licenses.0.seats')).toBe('--licenses[0].seats');
    expect(flagOfField('salesOrder')).toBe('--sales-order');
  });
});
