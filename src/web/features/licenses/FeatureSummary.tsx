import { Stack, Text } from '@mantine/core';
import {
  featureLimitText,
  featureState,
  type GrantedFeature,
} from '../../../common/license-features';
import { DateTime } from '../../components/DateTime';

/** A list cell's short form of a license's features: "FEA Solver · until 30 Nov 2026", one a line. */
export function FeatureSummary({ features }: { features: GrantedFeature[] }) {
  if (features.length === 0) return '—';
  const now = new Date();
  return (
    <Stack gap={2}>
      {features.map((feature) => {
        const ended = featureState(feature.expiresAt, now) === 'ended';
        return (
          <Text key={feature.code} size="sm" c={ended ? 'dimmed' : undefined}>
            {feature.name}
            {feature.kind === 'limit' && ` (${featureLimitText(feature)})`}
            {feature.expiresAt && (
              <>
                {ended ? ' · ended ' : ' · until '}
                <DateTime value={feature.expiresAt} />
              </>
            )}
          </Text>
        );
      })}
    </Stack>
  );
}
