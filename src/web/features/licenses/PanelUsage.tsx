import { useState } from 'react';
import type { UsageRange } from '../../../common/usage-api';
import { UsageSection } from '../../components/usage/UsageSection';
import { useUsage } from './api/usage';

/** A product's or an entitlement's seats over time in its panel, from 30 days to a year. */
export function PanelUsage({
  of,
  id,
  name,
}: {
  of: 'products' | 'entitlements';
  id: number;
  name: string;
}) {
  const [range, setRange] = useState<UsageRange>('30d');
  return (
    <UsageSection
      title="Seat usage"
      order={3}
      name={name}
      query={useUsage(of, id, range)}
      range={range}
      onRangeChange={setRange}
    />
  );
}
