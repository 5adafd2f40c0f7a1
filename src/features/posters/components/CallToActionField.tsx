import { FormItem, Input } from '@vkontakte/vkui';
import { CALL_TO_ACTION_MAX, DEFAULT_CALL_TO_ACTION } from '../../../core/posters';

interface Props {
  id: string;
  label: string;
  value: string;
  saveFailed: boolean;
  onChange: (value: string) => void;
}

/** The poster's call to action, with its limit and what a blank field prints. */
export function CallToActionField({ id, label, value, saveFailed, onChange }: Props) {
  return (
    <FormItem
      top={label}
      htmlFor={id}
      status={saveFailed ? 'error' : 'default'}
      bottom={
        saveFailed
          ? 'Не удалось сохранить призыв в VK: он останется до закрытия приложения.'
          : `До ${CALL_TO_ACTION_MAX} знаков. Пустое поле — «${DEFAULT_CALL_TO_ACTION}».`
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
