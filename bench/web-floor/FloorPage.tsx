import {
  Badge,
  Container,
  createTheme,
  MantineProvider,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  type CSSVariablesResolver,
} from '@mantine/core';
import type { DashboardPayload } from '../../src/common/api-types';

// src/web/layout/theme.ts's values, copied: importing it would bring the Combobox and
// Notification code its overrides name, which this page does not render.
const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 7,
  defaultRadius: 'md',
  cursorType: 'pointer',
  headings: { fontWeight: '650' },
  components: { Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }) },
});
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a' },
  dark: { '--mantine-color-dimmed': '#a0a0a0' },
});

/** The Dashboard's first four figures, with its English labels. */
const KPIS = [
  ['totalLicenses', 'Total Licenses'],
  ['activeLicenses', 'Active Licenses'],
  ['activationsInUse', 'Activations in Use'],
  ['expiringSoon', 'Expiring Soon'],
] as const;

const STATUS = {
  active: ['Active', 'teal'],
  expiring_soon: ['Expiring soon', 'orange'],
  expired: ['Expired', 'red'],
  suspended: ['Suspended', 'gray'],
  revoked: ['Revoked', 'grape'],
} as const;

// The Dashboard's key, status and date columns do not wrap (RecentLicenses.tsx).
const NOWRAP = { whiteSpace: 'nowrap' } as const;

// One formatter for every cell (decision 162): the format the Dashboard shows, in UTC.
const dates = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/**
 * The inherent work of the Dashboard on the portal's stack (DESIGN.md: React and Mantine,
 * with the app's theme): a heading, stat cards and the Recent Licenses table, nothing else.
 * Rendered in the browser by main.tsx and on the server by bench/web-floor-server.ts.
 */
export function FloorPage({ data }: { data: DashboardPayload | undefined }) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      forceColorScheme="light"
    >
      <Container size="lg" py="md" component="main">
        <Stack gap="lg">
          <Title order={1} size="h2">
            Dashboard
          </Title>
          <SimpleGrid component="dl" m={0} cols={{ base: 2, lg: 4 }} spacing="md">
            {KPIS.map(([key, label]) => (
              <Paper key={key} withBorder radius="md" p="md">
                <Text component="dt" size="sm" fw={600} c="dimmed">
                  {label}
                </Text>
                <Text component="dd" m={0} fz={30} fw={700} lh={1.2}>
                  {data ? data.kpis[key] : '–'}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <Paper withBorder radius="md" p="md">
            <Title order={2} size="h4" mb="xs" id="recent-licenses">
              Recent Licenses
            </Title>
            <Table.ScrollContainer
              minWidth={480}
              type="native"
              tabIndex={0}
              role="region"
              aria-label="Recent Licenses"
            >
              <Table aria-labelledby="recent-licenses" verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>License Key</Table.Th>
                    <Table.Th>Product</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Added</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody aria-busy={data === undefined}>
                  {data?.recentLicenses.map((license) => (
                    <Table.Tr key={license.id}>
                      <Table.Td style={NOWRAP}>
                        <Text ff="monospace" size="sm">
                          {license.maskedKey}
                        </Text>
                      </Table.Td>
                      <Table.Td>{license.productName}</Table.Td>
                      <Table.Td style={NOWRAP}>
                        <Badge
                          variant="dot"
                          color={STATUS[license.status][1]}
                          size="lg"
                          tt="none"
                          fw={500}
                        >
                          {STATUS[license.status][0]}
                        </Badge>
                      </Table.Td>
                      <Table.Td style={NOWRAP}>{dates.format(new Date(license.addedAt))}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </Stack>
      </Container>
    </MantineProvider>
  );
}
