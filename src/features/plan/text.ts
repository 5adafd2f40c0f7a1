// The words of «План публикаций» that are not figures (the figures and statuses are the core's,
// src/core/plan/words.ts).
import type { TopicKind } from '../../core/plan';

export const TOPIC_KIND: Readonly<Record<TopicKind, string>> = {
  event: 'Событие',
  contest: 'Конкурс',
  success: 'Успехи',
  useful: 'Полезное',
  announcement: 'Анонс',
  live: 'Трансляция',
  engage: 'Вовлечение',
};

/** Where the plan's hour comes from. */
export function hourNote(hour: number, source: 'best-time' | 'default'): string {
  const time = `${String(hour).padStart(2, '0')}:00`;
  return source === 'best-time'
    ? `Время ${time} — в этот час посты страницы собирают больше всего реакций.`
    : `Время ${time}: истории страницы пока мало для лучшего часа, поэтому утро рабочего дня — вы будете на месте, когда придут комментарии.`;
}

export const SCHEDULED_NOTE: Record<'refused' | 'error' | 'not-requested', string> = {
  refused: 'Отложенные записи не прочитаны: без доступа к записям план считает только опубликованные.',
  error: 'Отложенные записи не удалось прочитать: план считает только опубликованные.',
  'not-requested': 'Отложенные записи видят только руководители страницы: план считает опубликованные.',
};

export const HOW_TO_SCHEDULE = [
  'Нажмите «Создать запись» у темы — откроется окно новой записи ВКонтакте с готовым текстом.',
  'Замените текст в [квадратных скобках] и добавьте фото.',
  'В окне записи нажмите на значок часов («Время публикации») и выберите день и время из плана.',
  'Нажмите «Поставить в очередь»: ВКонтакте опубликует запись в этот час сама, даже если вы не в сети.',
] as const;
