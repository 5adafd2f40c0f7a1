// The verdict in words: the one word a clerk reads first and the short reasons a supervisor scans in
// a row («ER 0,43 % из 3 %», «2-й период: 1 из 3»). The statuses come from core/verdict.ts.
import { REQUIREMENT_WORDS } from '../core/requirements';
import type { Scorecard } from '../core/scorecard';
import type { VerdictReason, VerdictStatus } from '../core/verdict';
import type { Tone } from './StatusMark';
import { capitalize, formatDayMonth, formatPercent } from './format';

export { VERDICT_PLURAL, VERDICT_WORD } from '../core/verdict';

export const VERDICT_TONE: Readonly<Record<VerdictStatus, Tone>> = {
  ok: 'ok',
  risk: 'risk',
  fail: 'bad',
  unknown: 'unknown',
};

/** One reason in a few words, e.g. «2-й период: 1 из 3» or «вовлечённость (ER) 0,43 % из 3 %». */
export function reasonText(reason: VerdictReason): string {
  switch (reason.kind) {
    case 'page-gone':
      return reason.state === 'deleted' ? 'сообщество удалено' : 'сообщество заблокировано';
    case 'period-missed':
      return reason.unavailable
        ? `${reason.periodIndex}-й период: страница выпала из выгрузки`
        : `${reason.periodIndex}-й период: ${reason.published} из ${reason.threshold}`;
    case 'requirements-missing':
      return reason.missing.map((id) => REQUIREMENT_WORDS[id].missing).join(', ');
    case 'er-below-target':
      return `вовлечённость (ER) ${formatPercent(reason.percent)} из ${formatPercent(reason.targetPercent)}`;
    case 'period-at-risk':
      return `${reason.periodIndex}-й период, до ${formatDayMonth(reason.deadline)}: ${reason.published}${reason.scheduled > 0 ? ` (+${reason.scheduled} отлож.)` : ''} из ${reason.threshold}`;
  }
}

/** The reasons joined for one line; the first letter capitalised. */
export function reasonsLine(reasons: readonly VerdictReason[]): string {
  return reasonParts(reasons).join(' · ');
}

/** reasonsLine's parts (the first capitalised), for a layout that keeps each part whole on a line. */
export function reasonParts(reasons: readonly VerdictReason[]): string[] {
  return reasons.map((reason, i) => {
    const text = reasonText(reason);
    return i === 0 ? capitalize(text) : text;
  });
}

/** Why a page has no verdict yet, or what «выполняет» rests on, in one sentence; null when reasons say it. */
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
