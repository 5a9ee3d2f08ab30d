import { Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '../../components/ErrorState';
import { useTranslation } from 'react-i18next';

/** A panel's loading and error states around its content. */
export function PanelBody<Data>({
  query,
  what,
  children,
}: {
  query: UseQueryResult<Data>;
  what: string;
  children: (data: Data) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.data) return children(query.data);
  if (query.error)
    return (
      <ErrorState
        title={t('licenses.panel.loadFailed', { what })}
        error={query.error}
        onRetry={() => query.refetch()}
        retrying={query.isFetching}
      />
    );
  return (
    <Center py="xl">
      <Loader role="status" aria-label={t('licenses.panel.loading', { what })} />
    </Center>
  );
}
