import { Stack, Text } from '@mantine/core';
import {
  featureLimitText,
  featureState,
  type GrantedFeature,
} from '../../../common/license-features';
import { DateTime } from '../../components/DateTime';
import { useTranslation } from 'react-i18next';

/** A list cell's short form of a license's features: "FEA Solver · until 30 Nov 2026", one a line. */
export function FeatureSummary({ features }: { features: GrantedFeature[] }) {
  const { t } = useTranslation();
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
                {t(ended ? 'licenses.featureSummary.ended' : 'licenses.featureSummary.until')}
                <DateTime value={feature.expiresAt} />
              </>
            )}
          </Text>
        );
      })}
    </Stack>
  );
}
