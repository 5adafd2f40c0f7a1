// Data completeness: what each figure rests on and what it lacks, so that no number is shown as more
// certain than the API let us make it. A flag names the figures it affects; the scorecard puts a mark
// beside each of them, and the supervisor's table and export carry the same flags per page.

import { isGone, type PageStatus, type ReachInput } from './types';
import type { Scorecard } from './scorecard';

/** The figures a flag can sit beside. */
export type FigureId = 'rating' | 'frequency' | 'er' | 'er-monitoring' | 'reach' | 'requirements';

export type DataFlag =
  /** A closed page: read with the viewer's rights, but the monitoring and outsiders see no posts. */
  | { kind: 'private-page' }
  /** No scorecard at all: the page is gone or blocked (supervisor rows). */
  | { kind: 'deleted-page' }
  | { kind: 'banned-page' }
  /** Reach from views per post instead of community statistics, and why. */
  | { kind: 'reach-estimated'; reason: Extract<ReachInput, { kind: 'unavailable' }>['reason'] }
  /** The month had more posts than were fetched: counts are lower bounds. */
  | { kind: 'posts-truncated' }
  /** The ER sample holds fewer posts than the methodology's five. */
  | { kind: 'er-sample-short'; posts: number; sampleSize: number }
  /** A sampled post came without views, so ER cannot be computed. */
  | { kind: 'views-missing'; posts: number }
  /** Likers, reposters or commenters of a sampled post were cut by the API: an upper bound. */
  | { kind: 'lists-capped' }
  /** The API did not say whether the page has the «Госорганизация» mark. */
  | { kind: 'gov-mark-unknown' };

export type DataFlagKind = DataFlag['kind'];

/** What the scorecard alone does not know about how its data was read. */
export interface ReadFacts {
  /** False when the month had more posts than the reader fetched (PageSnapshot.postsComplete). */
  postsComplete: boolean;
  /** The monitoring-grade ER's lists were all read in full; null when it was not computed. */
  monitoringListsComplete?: boolean | null;
}

const AFFECTS: Readonly<Record<DataFlagKind, readonly FigureId[]>> = {
  'private-page': ['rating', 'frequency', 'er', 'reach'],
  'deleted-page': ['rating', 'frequency', 'er', 'reach', 'requirements'],
  'banned-page': ['rating', 'frequency', 'er', 'reach', 'requirements'],
  'reach-estimated': ['reach', 'rating'],
  'posts-truncated': ['frequency', 'reach', 'rating'],
  'er-sample-short': ['er', 'er-monitoring', 'rating'],
  'views-missing': ['er', 'er-monitoring', 'rating'],
  'lists-capped': ['er-monitoring'],
  'gov-mark-unknown': ['requirements', 'rating'],
};

/** The figures a flag affects. */
export function figuresOf(flag: DataFlag): readonly FigureId[] {
  return AFFECTS[flag.kind];
}

/** Every flag of one page's scorecard, in a fixed order (the page's state first). */
export function scorecardFlags(scorecard: Scorecard, facts: ReadFacts): DataFlag[] {
  const flags: DataFlag[] = [];
  const { status } = scorecard.page;
  if (isGone(status)) return [pageStateFlag(status) as DataFlag];
  if (status === 'private') flags.push({ kind: 'private-page' });
  if (!facts.postsComplete) flags.push({ kind: 'posts-truncated' });
  const { er, reach } = scorecard;
  const missingViews = er.posts.filter((post) => post.views === null).length;
  if (missingViews > 0) flags.push({ kind: 'views-missing', posts: missingViews });
  if (er.posts.length < er.sampleSize)
    flags.push({ kind: 'er-sample-short', posts: er.posts.length, sampleSize: er.sampleSize });
  if (facts.monitoringListsComplete === false) flags.push({ kind: 'lists-capped' });
  if (reach.kind !== 'stats')
    flags.push({ kind: 'reach-estimated', reason: reach.statsUnavailable ?? 'not-requested' });
  if (scorecard.page.isGovernmentOrganization === null) flags.push({ kind: 'gov-mark-unknown' });
  return flags;
}

/** The flag of a page that has no scorecard because of its state; null for a failed read. */
export function pageStateFlag(status: Exclude<PageStatus, 'ok'> | 'error'): DataFlag | null {
  if (status === 'private') return { kind: 'private-page' };
  if (status === 'deleted') return { kind: 'deleted-page' };
  if (status === 'banned') return { kind: 'banned-page' };
  return null;
}

/** The flags that sit beside one figure. */
export function flagsFor(flags: readonly DataFlag[], figure: FigureId): DataFlag[] {
  return flags.filter((flag) => figuresOf(flag).includes(figure));
}

export interface FlagText {
  /** A few words for the mark and the table cell: «охват — оценка». */
  label: string;
  /** What is missing, what it means for the figure, and what to do, if anything. */
  explanation: string;
}

const REACH_WHY: Readonly<Record<Extract<DataFlag, { kind: 'reach-estimated' }>['reason'], string>> = {
  'not-requested': 'Статистика сообщества не запрашивалась.',
  'no-rights': 'Нет доступа к статистике сообщества: она открыта только его администраторам.',
  error: 'ВКонтакте не отдал статистику сообщества.',
  'no-data': 'В статистике сообщества нет данных об охвате за этот месяц.',
};

export function flagText(flag: DataFlag): FlagText {
  switch (flag.kind) {
    case 'private-page':
      return {
        label: 'закрытое сообщество',
        explanation:
          'Сообщество закрыто: его записи видят только участники. Цифры посчитаны по тому, что видно вам; мониторинг оценивает открытые страницы — откройте сообщество в настройках.',
      };
    case 'deleted-page':
      return { label: 'сообщество удалено', explanation: 'Сообщество удалено: показателей нет.' };
    case 'banned-page':
      return {
        label: 'сообщество заблокировано',
        explanation: 'ВКонтакте заблокировал сообщество: показателей нет.',
      };
    case 'reach-estimated':
      return {
        label: 'охват — оценка',
        explanation: `${REACH_WHY[flag.reason]} Охват оценён по среднему числу просмотров постов месяца; точная цифра — в статистике сообщества.`,
      };
    case 'posts-truncated':
      return {
        label: 'не все посты загружены',
        explanation:
          'В этом месяце больше постов, чем приложение прочитало: частота и оценка охвата посчитаны по загруженным постам и могут быть занижены.',
      };
    case 'er-sample-short':
      return {
        label: `ER по ${flag.posts} из ${flag.sampleSize} постов`,
        explanation: `Мониторинг берёт последние ${flag.sampleSize} своих постов, а у страницы их ${flag.posts}: ER посчитан по ним.`,
      };
    case 'views-missing':
      return {
        label: 'нет просмотров у поста',
        explanation: `ВКонтакте не вернул число просмотров у ${flag.posts === 1 ? 'одного поста' : `${flag.posts} постов`} выборки: ER без просмотров не считается.`,
      };
    case 'lists-capped':
      return {
        label: 'списки реакций неполные',
        explanation:
          'ВКонтакте отдал не все лайки, репосты или комментарии одного из постов: исключить удалённые страницы удалось не везде, и ER по методике мониторинга может быть завышен.',
      };
    case 'gov-mark-unknown':
      return {
        label: 'отметка «Госорганизация» неизвестна',
        explanation:
          'ВКонтакте не сообщил, есть ли у страницы отметка «Госорганизация»: требование не засчитано и не вычтено. Проверьте в управлении сообществом.',
      };
  }
}

/** One table cell: the labels, or «полные» when nothing is missing. */
export function flagsCell(flags: readonly DataFlag[]): string {
  return flags.length === 0 ? 'полные' : flags.map((flag) => flagText(flag).label).join('; ');
}
