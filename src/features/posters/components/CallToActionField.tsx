import { FormItem, Input } from '@vkontakte/vkui';
import { CALL_TO_ACTION_MAX, DEFAULT_CALL_TO_ACTION } from '../../../core/posters';
import type { CtaFit } from '../cta-fit';
import { ctaFitText } from '../text';

interface Props {
  id: string;
  label: string;
  value: string;
  /** How the text fits the poster (characters left, broken words, a cut). */
  fit: CtaFit;
  saveFailed: boolean;
  onChange: (value: string) => void;
}

/** The poster's call to action: how much is left to type, and what the poster would do to the text. */
export function CallToActionField({ id, label, value, fit, saveFailed, onChange }: Props) {
  const problem = fit.cut || fit.brokenWords.length > 0;
  return (
    <FormItem
      top={label}
      topMultiline
      htmlFor={id}
      status={saveFailed || problem ? 'error' : 'default'}
      bottom={
        <span data-testid={`${id}-fit`} aria-live="polite">
          {saveFailed && 'Не удалось сохранить призыв во ВКонтакте: он останется до закрытия приложения. '}
          {ctaFitText(fit)} Пустое поле — «{DEFAULT_CALL_TO_ACTION}».
        </span>
      }
    >
      <Input
        id={id}
        data-testid={id}
        value={value}
        maxLength={CALL_TO_ACTION_MAX}
        placeholder={DEFAULT_CALL_TO_ACTION}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </FormItem>
  );
}
