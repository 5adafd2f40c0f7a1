// The leaderboard's errors in plain words: the widget's own refusals first, VK's errors after.
import {
  describeVkError,
  isTokenRefused,
  isVkErrorKind,
  type ErrorDescription,
} from '../../../shared/vk-error-text';
import { ErrorBlock } from '../../../shared/ErrorBlock';

/** Errors of installing or refreshing the community widget. */
export function widgetErrorText(error: unknown): ErrorDescription {
  const refused = isTokenRefused(error, 'community') || isVkErrorKind(error, 'access-denied');
  if (refused)
    return {
      title: 'Доступ к виджетам сообщества не выдан',
      action:
        'Виджет обновляется от имени сообщества: нажмите «Установить виджет» снова и разрешите приложению доступ «Виджеты сообщества».',
    };
  if (isVkErrorKind(error, 'flood'))
    return {
      title: 'ВКонтакте обновляет виджет не чаще раза в 30 секунд',
      action: 'Приложение повторит обновление само через минуту.',
    };
  if (isVkErrorKind(error, 'permission'))
    return {
      title: 'Нет прав на виджет',
      action: 'Установить и обновлять виджет может только администратор сообщества.',
    };
  return describeVkError(error);
}

export function LeaderboardErrorBlock({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return <ErrorBlock text={describeVkError(error)} onRetry={onRetry} testId="lb-error" />;
}

export function renderLeaderboardError(error: unknown, retry: () => void) {
  return <LeaderboardErrorBlock error={error} onRetry={retry} />;
}
