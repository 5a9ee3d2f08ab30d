import { EmptyState as MantineEmptyState } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function EmptyState({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children?: ReactNode;
}) {
  return (
    <MantineEmptyState
      size="sm"
      py="lg"
      withIndicatorBackground
      icon={<IconInbox size={22} stroke={1.5} aria-hidden />}
      title={title}
      description={description}
    >
      {children}
    </MantineEmptyState>
  );
}
