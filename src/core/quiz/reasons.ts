// The scorer's rejection reasons (machine strings, as verify-quiz prints them; docs/quiz.md,
// "Scoring") in Russian, for the screens: the admin's list of entries not counted and a
// subscriber's own entry.

import { REASON } from './seal';

const FIXED: Readonly<Record<string, string>> = {
  [REASON.malformedLine]: 'строка ответа повреждена',
  [REASON.cannotDecrypt]:
    'ответ не расшифровывается: строку изменили, или она зашифрована не для этой викторины или не для автора комментария',
  [REASON.malformedAnswers]: 'ответы внутри строки повреждены',
  [REASON.outsideWindow]: 'комментарий отправлен вне времени викторины',
  [REASON.secondEntry]: 'повторный ответ: засчитывается только первый',
  [REASON.unboundLine]:
    'ответ в старом формате QZ1 не привязан к автору, а эта викторина принимает только ответы QZ2',
};

const ANOTHER_QUIZ = /^another quiz \(id ([A-Za-z0-9_-]+)\)$/;
const ANOTHER_USER = /^another user's entry \(id (\d+)\)$/;

/** A rejection reason in Russian (lower case, no full stop); an unknown reason is returned as it is. */
export function rejectionText(reason: string): string {
  const fixed = FIXED[reason];
  if (fixed !== undefined) return fixed;
  const quiz = ANOTHER_QUIZ.exec(reason);
  if (quiz) return `ответ на другую викторину (${quiz[1]!})`;
  const user = ANOTHER_USER.exec(reason);
  if (user)
    return `строка скопирована из ответа другого участника (id${user[1]!}): засчитывается только у автора`;
  return reason;
}
