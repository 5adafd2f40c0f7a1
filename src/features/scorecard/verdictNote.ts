// Why a page has no verdict yet, or what «выполняет» rests on, in one sentence.
import type { Scorecard } from '../../core/scorecard';

export function verdictNote(card: Pick<Scorecard, 'verdict' | 'er'>): string | null {
  const { status, indicators } = card.verdict;
  if (status === 'unknown') {
    if (indicators.er === 'unknown')
      return card.er.posts.length === 0
        ? 'Нет собственных постов: вовлечённость (ER) не из чего посчитать.'
        : 'ВКонтакте не сообщил просмотры последних постов: вовлечённость (ER) не посчитать.';
    return 'Первый период месяца ещё не начался.';
  }
  if (status === 'ok')
    return indicators.frequency === 'not-assessed'
      ? 'Визитка: частота не оценивается, оформление в порядке.'
      : 'Частота, вовлечённость и оформление в норме.';
  return null;
}
