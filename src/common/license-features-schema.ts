import { Type, type Static } from 'typebox';
import { FEATURE_KINDS } from './license-features.js';
import { NullableInstant, NullableInteger, NullableText, StringEnum } from './schema-kit.js';

/** A feature a license grants, as the portal, the vendor API, the licensing API and license files state it. */
export const GrantedFeatureSchema = Type.Object({
  code: Type.String({ examples: ['fea-solver'] }),
  name: Type.String({ examples: ['FEA Solver'] }),
  kind: StringEnum(FEATURE_KINDS, {
    description: 'switch: on/off; limit: a number the software enforces',
  }),
  unit: NullableText('What the limit counts, e.g. "max cores"; null for on/off features'),
  limit: NullableInteger('Reported, not metered: the software enforces it. Null = no number'),
  expiresAt: NullableInstant(
    'When this grant ends, whatever the license’s expiry (UTC); null = with the license',
  ),
});
export type GrantedFeature = Static<typeof GrantedFeatureSchema>;
