import { Input, SegmentedControl } from '@mantine/core';
import { useId } from 'react';

interface ChoiceFieldProps {
  label: string;
  description: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** A labelled segmented choice between a few values. */
export function ChoiceField({ label, description, value, options, onChange }: ChoiceFieldProps) {
  const labelId = useId();
  return (
    <Input.Wrapper label={label} description={description} labelElement="div" id={labelId}>
      <SegmentedControl
        mt={6}
        aria-labelledby={`${labelId}-label`}
        value={value}
        data={options}
        onChange={onChange}
      />
    </Input.Wrapper>
  );
}
