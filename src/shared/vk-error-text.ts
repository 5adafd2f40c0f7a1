// What to tell the viewer about an adapter error: what happened and what to do, in plain Russian.
// Built only from an error's type, code and scopes, never from its message, so no token or VK text
// can leak into the UI.
import {
  StorageError,
  TokenRefusedError,
  VkApiError,
  VkNetworkError,
  VkTimeoutError,
  VkValidationError,
  type VkApiErrorKind,
} from '../vk/errors';
import { LaunchParamsError } from '../vk/launch-params';

export interface ErrorDescription {
  /** What happened, short: a heading. */
  title: string;
  /** What to do about it: one sentence. */
  action: string;
}

const RETRY_LATER = 'Попробуйте ещё раз через минуту.';

const API_MESSAGES: Record<VkApiErrorKind, ErrorDescription> = {
  auth: { title: 'Доступ к ВКонтакте истёк', action: 'Откройте приложение заново и разрешите доступ.' },
  'too-many-requests': {
    title: 'ВКонтакте просит не спешить',
    action: 'Слишком много запросов подряд. ' + RETRY_LATER,
  },
  permission: {
    title: 'Нет прав на это действие',
    action: 'Проверьте, что вы администратор сообщества и приложению выдан нужный доступ.',
  },
  flood: {
    title: 'ВКонтакте временно ограничил действия',
    action: 'Сработала защита от слишком частых действий. ' + RETRY_LATER,
  },
  internal: { title: 'Сбой на стороне ВКонтакте', action: RETRY_LATER },
  compile: {
    title: 'Ошибка в запросе приложения',
    action: 'Сообщите разработчикам: запрос к ВКонтакте составлен неверно.',
  },
  runtime: {
    title: 'ВКонтакте не смог выполнить запрос',
    action: 'Возможно, данных слишком много. Попробуйте меньший период.',
  },
  captcha: {
    title: 'ВКонтакте просит подтвердить, что вы не робот',
    action: 'Откройте ВКонтакте, пройдите проверку и повторите.',
  },
  'access-denied': { title: 'Страница закрыта', action: 'Данные этой страницы недоступны с вашими правами.' },
  'deleted-or-banned': {
    title: 'Страница удалена или заблокирована',
    action: 'Проверьте ссылку или уберите страницу из списка.',
  },
  'group-auth-failed': {
    title: 'Нужен личный доступ',
    action:
      'Этот запрос ВКонтакте выполняет только от вашего имени: разрешите приложению доступ и повторите.',
  },
  'rate-limit': {
    title: 'Исчерпан суточный лимит запросов ВКонтакте',
    action: 'ВКонтакте ограничивает число запросов в сутки. Повторите завтра.',
  },
  'private-profile': { title: 'Профиль закрыт', action: 'Владелец скрыл профиль: его данные недоступны.' },
  'invalid-param': { title: 'Неверный запрос', action: 'Проверьте ссылку или идентификатор страницы.' },
  'group-access-denied': {
    title: 'Сообщество приватное',
    action: 'Данные видят только участники: вступите в сообщество или попросите доступ у администратора.',
  },
  'comments-access-denied': {
    title: 'Комментарии закрыты',
    action: 'Откройте комментарии к записи или в настройках сообщества.',
  },
  other: { title: 'Ошибка ВКонтакте', action: RETRY_LATER },
};

const SCOPE_NEEDS: Record<string, string> = {
  stats: 'к статистике — чтобы показать охват',
  groups: 'к списку ваших сообществ',
  wall: 'к стене — для отложенных записей и ответов в комментариях',
};

function describeRefusal(err: TokenRefusedError): ErrorDescription {
  if (err.tokenKind === 'community') {
    return {
      title: 'Доступ к сообществу не выдан',
      action: 'Разрешите приложению доступ к сообществу: это может сделать только его администратор.',
    };
  }
  const needs = err.scopes
    .map((scope) => SCOPE_NEEDS[scope])
    .filter((text): text is string => text !== undefined);
  return {
    title: 'Доступ не выдан',
    action:
      needs.length > 0
        ? `Чтобы продолжить, разрешите приложению доступ ${needs.join(' и ')}.`
        : 'Приложение читает записи и данные страниц от вашего имени — так ВКонтакте позволяет посчитать рейтинг. Разрешите доступ: приложение ничего не публикует и не хранит вне ВКонтакте.',
  };
}

function describeTimeout(err: VkTimeoutError): ErrorDescription {
  if (err.silent) {
    return {
      title: 'ВКонтакте не отвечает приложению',
      action:
        'Похоже, приложение открыто не внутри ВКонтакте, а отдельной страницей. Откройте его во ВКонтакте — из меню сообщества или из раздела «Приложения». Если оно уже открыто там, обновите приложение ВКонтакте и повторите.',
    };
  }
  const seconds = Math.round(err.timeoutMs / 1000);
  const long = seconds >= 60;
  return {
    title: 'ВКонтакте не ответил вовремя',
    action: long
      ? `Ответа нет дольше ${genitive(Math.round(seconds / 60), 'минуты', 'минут')}. Проверьте интернет и повторите.`
      : `Ответа нет дольше ${genitive(seconds, 'секунды', 'секунд')}: похоже, прервалась связь. Проверьте интернет и повторите.`,
  };
}

/** «дольше 1 минуты», «дольше 15 секунд»: after a comparative the count takes the genitive. */
function genitive(n: number, one: string, many: string): string {
  return `${n}\u00a0${n % 10 === 1 && n % 100 !== 11 ? one : many}`;
}

export function describeVkError(err: unknown): ErrorDescription {
  if (err instanceof VkApiError) {
    const known = API_MESSAGES[err.kind];
    return err.kind === 'other'
      ? { title: `Ошибка ВКонтакте (код ${err.code})`, action: known.action }
      : known;
  }
  if (err instanceof VkTimeoutError) return describeTimeout(err);
  if (err instanceof VkNetworkError) {
    return { title: 'Нет связи с ВКонтакте', action: 'Проверьте интернет и повторите.' };
  }
  if (err instanceof TokenRefusedError) return describeRefusal(err);
  if (err instanceof VkValidationError) {
    return {
      title: 'ВКонтакте ответил в неожиданном формате',
      action: 'Обновите данные; если ошибка повторяется, сообщите разработчикам.',
    };
  }
  if (err instanceof StorageError) {
    return err.kind === 'too-large'
      ? {
          title: 'Слишком много данных, чтобы сохранить их во ВКонтакте',
          action: 'Сократите список и сохраните снова.',
        }
      : { title: 'Не удалось сохранить данные в ВКонтакте', action: 'Повторите сохранение.' };
  }
  if (err instanceof LaunchParamsError) {
    return { title: 'Приложение открыто некорректно', action: 'Откройте приложение заново из ВКонтакте.' };
  }
  return { title: 'Что-то пошло не так', action: 'Повторите попытку.' };
}

/** VK refused the call for this reason (the adapter's kinds: 'flood', 'permission', 'access-denied'…). */
export function isVkErrorKind(error: unknown, kind: VkApiErrorKind): boolean {
  return error instanceof VkApiError && error.kind === kind;
}

/** The viewer (or VK's dialog) refused a token; `tokenKind` narrows it to the user's or the community's. */
export function isTokenRefused(error: unknown, tokenKind?: 'user' | 'community'): boolean {
  return error instanceof TokenRefusedError && (tokenKind === undefined || error.tokenKind === tokenKind);
}
