import { Group, Stack, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageHeader } from './PageHeader';

export interface ListTab {
  value: string;
  label: string;
  panel: ReactNode;
}

interface TabbedListPageProps {
  title: string;
  description: string;
  /** The page's main button, top right (shown only to those who may use it). */
  action?: ReactNode;
  tab: string;
  onTabChange: (tab: string) => void;
  tabs: ListTab[];
  /** Modals the page opens. */
  children?: ReactNode;
}

/** A section page made of list tabs: header with its action, then the tabs; only the open tab is mounted. */
export function TabbedListPage({
  title,
  description,
  action,
  tab,
  onTabChange,
  tabs,
  children,
}: TabbedListPageProps) {
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <PageHeader title={title} description={description} />
        {action}
      </Group>
      <Tabs value={tab} onChange={(value) => value && onTabChange(value)} keepMounted={false}>
        <Tabs.List>
          {tabs.map(({ value, label }) => (
            <Tabs.Tab key={value} value={value}>
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map(({ value, panel }) => (
          <Tabs.Panel key={value} value={value} pt="md">
            {panel}
          </Tabs.Panel>
        ))}
      </Tabs>
      {children}
    </Stack>
  );
}
