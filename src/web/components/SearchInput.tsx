import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

interface SearchInputProps {
  placeholder?: string;
  value: string;
  /** Called once typing pauses, not on every key. */
  onChange: (value: string) => void;
}

const TYPING_PAUSE_MS = 300;

export function SearchInput({ placeholder = 'Search', value, onChange }: SearchInputProps) {
  const [text, setText] = useState(value);
  const commit = useDebouncedCallback((next: string) => onChange(next.trim()), TYPING_PAUSE_MS);
  // Follow changes from outside (a cleared filter), not the echo of what is being typed.
  useEffect(() => setText((current) => (current.trim() === value ? current : value)), [value]);
  return (
    <TextInput
      type="search"
      label="Search"
      placeholder={placeholder}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label="Clear search"
            onClick={() => {
              setText('');
              onChange('');
            }}
          />
        ) : null
      }
      // A line of its own on a phone, so the placeholder's hint is not cut off.
      w={{ base: '100%', sm: 'auto' }}
      miw={220}
      // Basis auto, not 0: the 100% width above then puts it on a line of its own.
      style={{ flex: '1 1 auto' }}
    />
  );
}
