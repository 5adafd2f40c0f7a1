// What to tell the admin or the subscriber about a failed giveaway step (Russian UI text): the
// giveaway's own failures first, VK's after.
import { GiveawayError, type GiveawayErrorKind } from '../../data/giveaway';
import { CHOSEN_POST_ERRORS } from '../../shared/post-choice';
import { describeVkError, type ErrorDescription } from '../../shared/vk-error-text';

const TEXTS: Record<GiveawayErrorKind, ErrorDescription> = {
  'too-early': {
    title: 'Ещё рано подводить итоги',
    action: 'Розыгрыш можно провести после назначенного времени.',
  },
  'post-not-found': CHOSEN_POST_ERRORS.notFound,
  'post-not-own': CHOSEN_POST_ERRORS.notOwn,
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
  'no-reserve': {
    title: 'Передать приз некому',
    action:
      'Резерв закончился или у этого человека уже нет приза. Обновите экран и проверьте список победителей.',
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
