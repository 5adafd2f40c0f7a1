// A whole-number field of a form, as typed (the form's check parses it), with its message below: the
// error while there is one, the hint otherwise. The label wraps (never cut with «…» on a phone).
import { FormItem, Input } from '@vkontakte/vkui';
import type { ReactNode } from 'react';

export function NumberField({
  id,
  testId,
  top,
  hint,
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
  /** What the number means, shown under the field while there is no error. */
  hint?: ReactNode;
  /** The field's message; the field is marked red while there is one. */
  error: string | undefined;
  min: number;
  max?: number;
  step?: number;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <FormItem top={top} topMultiline htmlFor={id} status={error ? 'error' : 'default'} bottom={error ?? hint}>
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
