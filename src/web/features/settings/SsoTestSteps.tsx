import { Alert, List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { SSO_TEST_STEP_LABELS, type SsoTestResult } from '../../../common/sso-api';

/** What "Test connection" found, step by step, in the words the server chose. */
export function SsoTestSteps({ result }: { result: SsoTestResult }) {
  return (
    <Alert
      color={result.ok ? 'teal' : 'red'}
      variant="light"
      title={result.ok ? 'The connection works' : 'The connection does not work yet'}
      aria-live="polite"
    >
      <List spacing="xs" center={false} aria-label="Connection test steps">
        {result.steps.map((step) => (
          <List.Item
            key={step.step}
            icon={
              <ThemeIcon color={step.ok ? 'teal' : 'red'} size={20} radius="xl" aria-hidden>
                {step.ok ? <IconCheck size={14} /> : <IconX size={14} />}
              </ThemeIcon>
            }
          >
            <Text size="sm" fw={600} component="span">
              {SSO_TEST_STEP_LABELS[step.step]}
              {step.ok ? '' : ' (failed)'}:{' '}
            </Text>
            <Text size="sm" component="span" style={{ overflowWrap: 'anywhere' }}>
              {step.message}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
