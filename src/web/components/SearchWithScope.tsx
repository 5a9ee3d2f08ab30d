import { Group, Select } from '@mantine/core';
import { SearchInput } from './SearchInput';
import { useTranslation } from 'react-i18next';

interface SearchWithScopeProps<Scope extends string> {
  scopes: readonly { value: Scope; label: string }[];
  scope: Scope;
  onScopeChange: (scope: Scope) => void;
  query: string;
  onQueryChange: (query: string) => void;
}

/** A text search and the dropdown that says where it looks (name, email, phone…). */
export function SearchWithScope<Scope extends string>({
  scopes,
  scope,
  onScopeChange,
  query,
  onQueryChange,
}: SearchWithScopeProps<Scope>) {
  const { t } = useTranslation();
  const scopeLabel = scopes.find((s) => s.value === scope)?.label ?? '';
  return (
    <Group gap="xs" wrap="nowrap" align="flex-end" style={{ flex: 1 }} miw={320}>
      <Select
        label={t('common.search.by')}
        data={scopes.map((s) => ({ value: s.value, label: s.label }))}
        value={scope}
        onChange={(value) => value && onScopeChange(value as Scope)}
        allowDeselect={false}
        w={170}
      />
      <SearchInput
        placeholder={t('common.search.byScope', { scope: scopeLabel })}
        value={query}
        onChange={onQueryChange}
      />
    </Group>
  );
}
