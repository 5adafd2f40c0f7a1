// The quiz's own failures (what the admin or the subscriber did or must do), and their Russian text.
import { describeVkError, type ErrorDescription } from '../../vk/error-messages';
import { GiveawayError, giveawayErrorOf } from '../giveaway/errors';

export type QuizErrorKind =
  | 'bad-draft'
  | 'post-not-found'
  | 'post-not-own'
  | 'key-mismatch'
  | 'comments-closed'
  | 'not-bound'
  | 'not-closed'
  | 'not-open'
  | 'already-entered';

export class QuizError extends Error {
  override readonly name = 'QuizError';
  readonly kind: QuizErrorKind;

  constructor(kind: QuizErrorKind, message?: string) {
    super(message ?? kind);
    this.kind = kind;
  }
}

/** A VK error that means something for the quiz (closed comments), as a QuizError; others unchanged. */
export function quizErrorOf(err: unknown): unknown {
  const mapped = giveawayErrorOf(err);
  if (mapped instanceof GiveawayError && mapped.kind === 'comments-closed') {
    return new QuizError('comments-closed', mapped.message);
  }
  return mapped;
}

const TEXTS: Record<QuizErrorKind, ErrorDescription> = {
  'bad-draft': {
    title: 'Викторина заполнена неверно',
    action: 'Проверьте название, вопросы, варианты ответов и время проведения.',
  },
  'post-not-found': {
    title: 'Запись не найдена',
    action: 'Проверьте ссылку: запись должна быть опубликована на стене сообщества.',
  },
  'post-not-own': {
    title: 'Это запись другой стены',
    action: 'Выберите запись, опубликованную на стене этого сообщества.',
  },
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
