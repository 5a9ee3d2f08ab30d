import { Badge, Group, List, Stack, Text, type MantineColor } from '@mantine/core';
import {
  featureLimitText,
  featureState,
  type FeatureState,
  type GrantedFeature,
} from '../../common/license-features';
import { DateTime } from './DateTime';
import { useTranslation } from 'react-i18next';

const STATE_COLORS: Record<FeatureState, MantineColor> = {
  active: 'teal',
  ending_soon: 'orange',
  ended: 'red',
};

/** The features a license grants: name, limit and end date, each with its state. */
export function FeatureList({ features, label }: { features: GrantedFeature[]; label: string }) {
  const { t } = useTranslation();
  if (features.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('common.features.none')}
      </Text>
    );
  }
  const now = new Date();
  return (
    <List aria-label={label} listStyleType="none" spacing="xs" ml={0} pl={0}>
      {features.map((feature) => {
        const state = featureState(feature.expiresAt, now);
        return (
          <List.Item key={feature.code}>
            <Stack gap={0}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={500}>
                  {feature.name}
                </Text>
                <Badge variant="dot" color={STATE_COLORS[state]} tt="none" fw={500}>
                  {t(`common.features.state.${state}`)}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {featureLimitText(feature)} ·{' '}
                {feature.expiresAt ? (
                  <>
                    {t(state === 'ended' ? 'common.features.ended' : 'common.features.ends')}{' '}
                    <DateTime value={feature.expiresAt} />
                  </>
                ) : (
                  t('common.features.lastsWithLicense')
                )}
              </Text>
            </Stack>
          </List.Item>
        );
      })}
    </List>
  );
}
