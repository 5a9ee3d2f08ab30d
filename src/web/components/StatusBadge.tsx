import { Badge, type MantineColor } from '@mantine/core';
import type { LicenseStatus } from '../../common/license-status';
import { useLabels } from '../i18n/labels';

const STATUS_COLORS: Record<LicenseStatus, MantineColor> = {
  active: 'teal',
  expiring_soon: 'orange',
  expired: 'red',
  suspended: 'gray',
  revoked: 'grape',
};

export function StatusBadge({ status }: { status: LicenseStatus }) {
  const labels = useLabels();
  return (
    <Badge variant="dot" color={STATUS_COLORS[status]} size="lg" tt="none" fw={500}>
      {labels.licenseStatus(status)}
    </Badge>
  );
}
