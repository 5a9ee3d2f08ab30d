import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { Placeholder } from '../../components/Placeholder';
import { memo, useDeferredValue, useId, useState } from 'react';
import type { UsageOutlook, UsageRange } from '../../../common/usage-api';
import { expiryText, forecastText } from '../../components/usage/usage-text';
import { useSession } from '../../api/session';
import { ErrorState } from '../../components/ErrorState';
import { FilteredLink } from '../../components/FilteredLink';
import { SECTIONS } from '../../components/sections';
import { UsageSection } from '../../components/usage/UsageSection';
import { FIRST_USAGE_RANGE, useOrganizationUsage, useUsageOutlook } from './api/usage';
import { useTranslation } from 'react-i18next';

/**
 * The Dashboard's seat usage: what runs out or expires soon, and the organization's seats over
 * time. Memoized (it takes no props): the Dashboard's own data renders without it, so that
 * render never reads the usage queries while their answers arrive (decision 151).
 */
export const SeatUsage = memo(function SeatUsage() {
  const { organization } = useSession();
  const { t } = useTranslation();
  const [range, setRange] = useState<UsageRange>(FIRST_USAGE_RANGE);
  const usage = useOrganizationUsage(range);
  const outlookQuery = useUsageOutlook();
  // Rendered in slices when it arrives, as the rest of the Dashboard (decision 151).
  const outlook = useDeferredValue(outlookQuery.data);
  return (
    <Stack gap="lg">
      <SeatOutlook
        outlook={outlook}
        error={outlook ? null : outlookQuery.error}
        onRetry={() => outlookQuery.refetch()}
        retrying={outlookQuery.isFetching}
      />
      <UsageSection
        title={t('usage.overTime')}
        name={organization.name}
        query={usage}
        range={range}
        onRangeChange={setRange}
      />
    </Stack>
  );
});

/** Forecasts worth acting on: products that run out of seats at this rate, entitlements expiring in use. */
function SeatOutlook({
  outlook,
  error,
  onRetry,
  retrying,
}: {
  outlook: UsageOutlook | undefined;
  error: Error | null;
  onRetry: () => void;
  retrying: boolean;
}) {
  const titleId = useId();
  const { t } = useTranslation();
  const products = outlook?.products.filter(
    (p) => p.forecast.outcome === 'runsOut' || p.forecast.outcome === 'full',
  );
  const nothing = outlook && products!.length === 0 && outlook.expiring.length === 0;
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="md" p="md">
      <Title order={2} size="h5" id={titleId} mb="sm">
        {t('usage.outlook.title')}
      </Title>
      {error ? (
        <ErrorState
          title={t('usage.loadFailed')}
          error={error}
          onRetry={onRetry}
          retrying={retrying}
        />
      ) : !outlook ? (
        <Placeholder h={40} />
      ) : nothing ? (
        <Text size="sm" data-testid="usage-outlook-none">
          {t('usage.outlook.none')}
        </Text>
      ) : (
        <List size="sm" spacing={6} data-testid="usage-outlook">
          {products!.map((p) => (
            <List.Item key={`p${p.productId}`}>
              <FilteredLink
                path={SECTIONS.licenses.path}
                search={{ tab: 'products', open: String(p.productId) }}
                size="sm"
              >
                {forecastText(t, p.productName, p.forecast)}
              </FilteredLink>
            </List.Item>
          ))}
          {outlook.expiring.map((e) => (
            <List.Item key={`e${e.entitlementId}`}>
              <FilteredLink
                path={SECTIONS.licenses.path}
                search={{ tab: 'entitlements', open: String(e.entitlementId) }}
                size="sm"
              >
                {expiryText(t, e.entitlementPublicId, e.daysLeft, e.seatsInUse, e.purchasedSeats)}
              </FilteredLink>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
