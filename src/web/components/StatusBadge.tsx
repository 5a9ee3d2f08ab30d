import { Badge, type MantineColor } from '@mantine/core';
import { LICENSE_STATUS_LABELS, type LicenseStatus } from '../../common/license-status';

const STATUS_COLORS: Record<LicenseStatus, MantineColor> = {
  active: 'teal',
  expiring_soon: 'orange',
  expired: 'red',
  suspended: 'gray',
  revoked: 'grape',
};

export function StatusBadge({ status }: { status: LicenseStatus }) {
  return (
    <Badge variant="dot" color={STATUS_COLORS[status]} size="lg" tt="none" fw={500}>
      {LICENSE_STATUS_LABELS[status]}
    </Badge>
  );
}
