import { Alert, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconMinus, IconX } from '@tabler/icons-react';
import type { LicenseDiagnosis } from '../../../common/licenses-api';

const OUTCOME = {
  passed: { color: 'teal', icon: IconCheck, label: 'Passed' },
  failed: { color: 'red', icon: IconX, label: 'Failed' },
  skipped: { color: 'gray', icon: IconMinus, label: 'Not checked' },
} as const;

/** The verdict and each check in the order the software runs them, with the remedy of the failing one. */
export function DiagnosisChecklist({ diagnosis }: { diagnosis: LicenseDiagnosis }) {
  return (
    <Stack gap="sm">
      <Alert
        role="status"
        color={diagnosis.valid ? 'teal' : 'red'}
        title={diagnosis.valid ? 'The license is valid' : diagnosis.message}
        // The coloured title of a light alert falls below 4.5:1 contrast; the border carries the colour.
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        {diagnosis.license && (
          <Text size="sm">
            {diagnosis.license.productName}, entitlement {diagnosis.license.entitlementPublicId}:{' '}
            {diagnosis.license.liveSeats} of {diagnosis.license.seats} seats in use.
          </Text>
        )}
        {!diagnosis.valid && <Text size="sm">{diagnosis.remedy}</Text>}
      </Alert>
      <List spacing="xs" aria-label="Checks" listStyleType="none">
        {diagnosis.steps.map((step) => {
          const outcome = OUTCOME[step.outcome];
          return (
            <List.Item
              key={step.code}
              icon={
                <ThemeIcon color={outcome.color} size={22} radius="xl" aria-hidden>
                  <outcome.icon size={14} />
                </ThemeIcon>
              }
            >
              <Text size="sm" fw={step.outcome === 'failed' ? 600 : 400}>
                {step.check}{' '}
                <Text span size="xs" c="dimmed">
                  ({outcome.label})
                </Text>
              </Text>
              {step.remedy && (
                <Text size="sm" c="dimmed">
                  {step.explanation} {step.remedy}
                </Text>
              )}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
