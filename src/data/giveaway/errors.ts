// The giveaway's own failures (what the admin did or must do), and their Russian text for the UI.
import { describeVkError, type ErrorDescription } from '../../vk/error-messages';
import { VkApiError } from '../../vk/errors';

export type GiveawayErrorKind =
  | 'too-early'
  | 'post-not-found'
  | 'post-not-own'
  | 'post-too-old'
  | 'comments-closed'
  | 'no-conditions'
  | 'bad-draft'
  | 'not-bound'
  | 'list-lost';

export class GiveawayError extends Error {
  override readonly name = 'GiveawayError';
  readonly kind: GiveawayErrorKind;

  constructor(kind: GiveawayErrorKind, message?: string) {
    super(message ?? kind);
    this.kind = kind;
  }
}

/** VK answers 213 ("Access to status replies denied") when the post's comments are closed. */
export const VK_COMMENTS_CLOSED = 213;

/** A VK error that means something for the giveaway, as a GiveawayError; anything else unchanged. */
export function giveawayErrorOf(err: unknown): unknown {
  if (err instanceof VkApiError && err.code === VK_COMMENTS_CLOSED) {
    return new GiveawayError('comments-closed', err.message);
  }
  return err;
}

const TEXTS: Record<GiveawayErrorKind, ErrorDescription> = {
  'too-early': {
    title: 'Ещё рано подводить итоги',
    action: 'Розыгрыш можно провести после назначенного времени.',
  },
  'post-not-found': {
    title: 'Запись не найдена',
    action: 'Проверьте ссылку: запись должна быть опубликована на стене сообщества.',
  },
  'post-not-own': {
    title: 'Это запись другой стены',
    action: 'Выберите запись, опубликованную на стене этого сообщества.',
  },
  'post-too-old': {
    title: 'Запись опубликована больше 30 минут назад',
    action:
      'Код честности должен появиться вместе с розыгрышем — не позже чем через 30 минут после публикации записи, пока никто не успел принять участие. Иначе нельзя доказать, что победителя не подобрали заранее. Создайте для розыгрыша новую запись: опубликуйте подготовленный анонс (код честности уже в его тексте) или новую запись и сразу укажите её здесь.',
  },
  'comments-closed': {
    title: 'Комментарии под записью закрыты',
    action: 'Откройте комментарии: код честности и итоги публикуются в них.',
  },
  'no-conditions': {
    title: 'Не выбрано ни одного условия',
    action: 'Выберите хотя бы одно условие участия.',
  },
  'bad-draft': {
    title: 'Розыгрыш заполнен неверно',
    action: 'Проверьте приз, число победителей и резерва и время итогов.',
  },
  'list-lost': {
    title: 'Список участников не сохранился',
    action:
      'Итоги и отпечаток списка уже опубликованы, но сохранённый список участников не читается из хранилища ВКонтакте (так бывало с очень большими списками в прежних версиях приложения). Опубликуйте в ответах к итогам пояснение для подписчиков.',
  },
  'not-bound': {
    title: 'Розыгрыш не привязан к записи',
    action: 'Укажите запись с анонсом розыгрыша.',
  },
};

export function giveawayErrorText(err: unknown): ErrorDescription {
  if (err instanceof GiveawayError) return TEXTS[err.kind];
  return describeVkError(err);
}
