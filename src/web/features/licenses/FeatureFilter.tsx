import { Select } from '@mantine/core';
import { useFeatureChoices } from './api/license-features';
import { useTranslation } from 'react-i18next';

/** "Licenses with feature X": the features some license of the organization grants. */
export function FeatureFilter({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange: (featureId: number | undefined) => void;
}) {
  const choices = useFeatureChoices();
  const { t } = useTranslation();
  const names = choices.data ?? [];
  // A feature of two products shows which product's it is.
  const shared = new Set(
    names.filter((c, i) => names.findIndex((o) => o.name === c.name) !== i).map((c) => c.name),
  );
  const data = names.map((c) => ({
    value: String(c.featureId),
    label: shared.has(c.name) ? `${c.name} (${c.productName})` : c.name,
  }));
  return (
    <Select
      label={t('licenses.featureFilter.label')}
      placeholder={t(
        choices.isError ? 'licenses.featureFilter.failed' : 'licenses.featureFilter.any',
      )}
      data={data}
      value={value === undefined ? null : String(value)}
      onChange={(next) => onChange(next ? Number(next) : undefined)}
      clearable
      disabled={choices.isError}
      w={200}
    />
  );
}
