import { Text, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

interface TitleWithDescriptionProps {
  order: TitleOrder;
  size: string;
  title: string;
  description?: ReactNode;
  id?: string;
}

/** A heading and the dimmed sentence under it. */
export function TitleWithDescription({
  order,
  size,
  title,
  description,
  id,
}: TitleWithDescriptionProps) {
  return (
    <div>
      <Title order={order} size={size} id={id}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" mt={4}>
          {description}
        </Text>
      )}
    </div>
  );
}
