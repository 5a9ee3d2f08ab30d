import { Type } from 'typebox';
import { FEATURE_KINDS } from './license-features.js';

const nullable = <T extends ReturnType<typeof Type.String | typeof Type.Integer>>(schema: T) =>
  Type.Union([schema, Type.Null()]);

/** A feature a license grants, as portal lists answer it (the shape of `GrantedFeature`). */
export const GrantedFeatureSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  kind: Type.Enum(FEATURE_KINDS, {
    description: 'switch: on/off; limit: a number the software enforces',
  }),
  unit: nullable(Type.String({ description: 'What the limit counts, e.g. "max cores"' })),
  limit: nullable(Type.Integer({ description: 'Reported, not metered; null = no number' })),
  expiresAt: nullable(
    Type.String({ description: 'When the grant ends (UTC); null = with the license' }),
  ),
});
