import { Div, FormStatus } from '@vkontakte/vkui';
import { widgetUpdatedText } from '../text';
import { widgetErrorText } from './errors';

/** «Виджет обновлён в 15:42 · обновится, когда таблица изменится», or what went wrong, plainly. */
export function WidgetStatus({
  updatedAt,
  error,
  timeZone,
}: {
  /** Clock milliseconds of the last update; null when unknown. */
  updatedAt: number | null;
  error: unknown;
  timeZone: string;
}) {
  const when =
    updatedAt === null ? 'Виджет установлен' : widgetUpdatedText(Math.floor(updatedAt / 1000), timeZone);
  if (error !== null && error !== undefined) {
    const { title, action } = widgetErrorText(error);
    return (
      <Div>
        <FormStatus mode="error" title={title} data-testid="lb-widget-status" data-state="error">
          {action} {when}.
        </FormStatus>
      </Div>
    );
  }
  return (
    <Div data-testid="lb-widget-status" data-state="ok" data-updated-at={updatedAt ?? ''}>
      {when} · обновится, когда таблица изменится: пока рейтинг открыт у администратора или работает
      автообновление.
    </Div>
  );
}
