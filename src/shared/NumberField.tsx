// A whole-number field of a form, as typed (the form's check parses it), with its message below.
import { FormItem, Input } from '@vkontakte/vkui';
import type { ReactNode } from 'react';

export function NumberField({
  id,
  testId,
  top,
  error,
  min,
  max,
  step,
  value,
  onChange,
}: {
  id: string;
  testId: string;
  top: ReactNode;
  /** The field's message; the field is marked red while there is one. */
  error: string | undefined;
  min: number;
  max?: number;
  step?: number;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <FormItem top={top} htmlFor={id} status={error ? 'error' : 'default'} bottom={error}>
      <Input
        id={id}
        data-testid={testId}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </FormItem>
  );
}
