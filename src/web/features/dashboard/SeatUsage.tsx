import { List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import type { UsageOutlook, UsageRange } from '../../../common/usage-api';
import { expirySentence, forecastSentence } from '../../../common/usage-forecast';
import { useSession } from '../../api/session';
import { FilteredLink } from '../../components/FilteredLink';
import { SECTIONS } from '../../components/sections';
import { UsageSection } from '../../components/usage/UsageSection';
import { useOrganizationUsage, useUsageOutlook } from './api/usage';

/** The Dashboard's seat usage: what runs out or expires soon, and the organization's seats over time. */
export function SeatUsage() {
  const { organization } = useSession();
  const [range, setRange] = useState<UsageRange>('30d');
  const usage = useOrganizationUsage(range);
  return (
    <Stack gap="lg">
      <SeatOutlook outlook={useUsageOutlook().data} />
      <UsageSection
        title="Seats in use over time"
        name={organization.name}
        query={usage}
        range={range}
        onRangeChange={setRange}
      />
    </Stack>
  );
}

/** Forecasts worth acting on: products that run out of seats at this rate, entitlements expiring in use. */
function SeatOutlook({ outlook }: { outlook: UsageOutlook | undefined }) {
  const titleId = useId();
  const products = outlook?.products.filter(
    (p) => p.forecast.outcome === 'runsOut' || p.forecast.outcome === 'full',
  );
  const nothing = outlook && products!.length === 0 && outlook.expiring.length === 0;
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="md" p="md">
      <Title order={2} size="h5" id={titleId} mb="sm">
        Seat outlook
      </Title>
      {!outlook ? (
        <Skeleton h={40} />
      ) : nothing ? (
        <Text size="sm" data-testid="usage-outlook-none">
          At the current rate no product runs out of seats, and no entitlement in use expires within
          30 days.
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
                {forecastSentence(p.productName, p.forecast)}
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
                {expirySentence(e.entitlementPublicId, e.daysLeft, e.seatsInUse, e.purchasedSeats)}
              </FilteredLink>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
