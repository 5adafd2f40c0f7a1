// What to tell the admin or the subscriber about a failed quiz step (Russian UI text): the quiz's own
// failures first, VK's after.
import { QuizError, type QuizErrorKind } from '../../data/quiz';
import { CHOSEN_POST_ERRORS } from '../../shared/post-choice';
import { describeVkError, type ErrorDescription } from '../../shared/vk-error-text';

const TEXTS: Record<QuizErrorKind, ErrorDescription> = {
  'bad-draft': {
    title: 'Викторина заполнена неверно',
    action: 'Проверьте название, вопросы, варианты ответов и время проведения.',
  },
  'post-not-found': CHOSEN_POST_ERRORS.notFound,
  'post-not-own': CHOSEN_POST_ERRORS.notOwn,
  'key-mismatch': {
    title: 'В записи ключ другой викторины',
    action:
      'Строка QZK1 в записи не совпадает с ключом этой викторины. Скопируйте текст записи из приложения заново.',
  },
  'comments-closed': {
    title: 'Комментарии под записью закрыты',
    action: 'Откройте комментарии: ответы участников и итоги публикуются в них.',
  },
  'not-bound': {
    title: 'Викторина не привязана к записи',
    action: 'Укажите запись с викториной.',
  },
  'not-closed': {
    title: 'Викторина ещё идёт',
    action: 'Итоги можно подвести после окончания приёма ответов.',
  },
  'not-open': {
    title: 'Приём ответов закрыт',
    action: 'Ответы принимаются только во время проведения викторины.',
  },
  'already-entered': {
    title: 'Вы уже участвуете',
    action: 'Ваши ответы уже отправлены: засчитывается только первая попытка.',
  },
};

export function quizErrorText(err: unknown): ErrorDescription {
  if (err instanceof QuizError) return TEXTS[err.kind];
  return describeVkError(err);
}
