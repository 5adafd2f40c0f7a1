// Wording of the monitoring-grade ER: why it differs from the plain one and what it cannot check.
import type { ErDifference, UncheckedRule } from '../../core/monitoring';
import { formatInt, plural, REACTION_FORMS } from '../../shared/format';

const DIFFERENCE_REASON: Record<ErDifference['kind'], string> = {
  'community-comments': 'комментарии от имени сообщества',
  'inactive-likes': 'лайки удалённых и заблокированных аккаунтов',
  'inactive-comments': 'комментарии удалённых и заблокированных аккаунтов',
  'inactive-reposts': 'репосты удалённых и заблокированных аккаунтов',
};

/** "−12 реакций: комментарии от имени сообщества". */
export function differenceText(d: ErDifference): string {
  return `−${formatInt(d.count)} ${plural(d.count, REACTION_FORMS)}: ${DIFFERENCE_REASON[d.kind]}`;
}

export const UNCHECKED_TEXT: Record<UncheckedRule['kind'], { rule: string; reason: string }> = {
  'mass-followers': {
    rule: 'Реакции аккаунтов, подписанных на тысячи страниц',
    reason: 'ВКонтакте не показывает, на сколько страниц подписан чужой аккаунт',
  },
  'gov-pages-40': {
    rule: 'Реакции пользователей, подписанных на 40 и более госпабликов',
    reason: 'ВКонтакте не сообщает приложениям, на какие госпаблики подписан человек',
  },
  'ads-and-stories-views': {
    rule: 'Просмотры из рекламы и историй',
    reason: 'счётчик просмотров поста не говорит, откуда пришёл просмотр',
  },
};

/** A share 0–1 as "34 %" (whole percent; "меньше 1 %" for a small non-zero share). */
export function shareText(share: number): string {
  if (share > 0 && share < 0.005) return 'меньше 1\u00a0%';
  return `${formatInt(Math.round(share * 100))}\u00a0%`;
}
