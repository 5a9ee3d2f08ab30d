import { Alert, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconMinus, IconX } from '@tabler/icons-react';
import type { LicenseDiagnosis } from '../../../common/licenses-api';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { diagnosisText } from './diagnosis-text';

const OUTCOME = {
  passed: { color: 'teal', icon: IconCheck, label: 'licenses.diagnose.outcome.passed' },
  failed: { color: 'red', icon: IconX, label: 'licenses.diagnose.outcome.failed' },
  skipped: { color: 'gray', icon: IconMinus, label: 'licenses.diagnose.outcome.skipped' },
} as const;

/** The verdict and each check in the order the software runs them, with the remedy of the failing one. */
export function DiagnosisChecklist({ diagnosis }: { diagnosis: LicenseDiagnosis }) {
  const { t, i18n } = useTranslation();
  const { timezone } = useSession().user.preferences;
  const verdict = diagnosisText(t, i18n.language, timezone, diagnosis);
  return (
    <Stack gap="sm">
      <Alert
        role="status"
        color={diagnosis.valid ? 'teal' : 'red'}
        title={diagnosis.valid ? t('licenses.diagnose.valid') : verdict.message}
        // The coloured title of a light alert falls below 4.5:1 contrast; the border carries the colour.
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        {diagnosis.license && (
          <Text size="sm">
            {t('licenses.diagnose.seats', {
              product: diagnosis.license.productName,
              entitlement: diagnosis.license.entitlementPublicId,
              live: diagnosis.license.liveSeats,
              count: diagnosis.license.seats,
            })}
          </Text>
        )}
        {!diagnosis.valid && <Text size="sm">{verdict.remedy}</Text>}
      </Alert>
      <List spacing="xs" aria-label={t('licenses.diagnose.checks')} listStyleType="none">
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
                {t(`validation.${step.code}.check`)}{' '}
                <Text span size="xs" c="dimmed">
                  ({t(outcome.label)})
                </Text>
              </Text>
              {step.remedy && (
                <Text size="sm" c="dimmed">
                  {verdict.message} {verdict.remedy}
                </Text>
              )}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
