import { Alert, List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SsoTestResult } from '../../../common/sso-api';

/** What "Test connection" found, step by step: each finding worded by its reason in the shown language. */
export function SsoTestSteps({ result }: { result: SsoTestResult }) {
  const { t } = useTranslation();
  return (
    <Alert
      color={result.ok ? 'teal' : 'red'}
      variant="light"
      title={result.ok ? t('sso.test.works') : t('sso.test.notYet')}
      aria-live="polite"
    >
      <List spacing="xs" center={false} aria-label={t('sso.test.stepsLabel')}>
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
              {t(step.ok ? 'sso.test.passed' : 'sso.test.failed', {
                step: t(`sso.test.step.${step.step}`),
              })}{' '}
            </Text>
            <Text size="sm" component="span" style={{ overflowWrap: 'anywhere' }}>
              {t(`sso.test.reason.${step.reason}`, { ...step.values, defaultValue: step.message })}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
