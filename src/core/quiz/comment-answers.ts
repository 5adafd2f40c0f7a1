// The classic quiz in comments (docs/quiz.md, "Classic quiz in comments"): the first subscriber
// whose comment equals an accepted answer after normalisation wins the question. Equality, not
// "contains": "не москва" must not win "москва".

import { QUIZ_LIST_MAX_CHARS } from './protocol';
import { placesOf } from '../places';
import { plural } from '../plural';
import { mentionOf, oneLine } from '../text/published-text';
import type { CommentQuestion, CommentQuestionWinner, QuizComment, SeriesStanding } from './types';

export interface CommentQuizResultInput {
  /** The answer as shown (normally the first accepted spelling). */
  answer: string;
  winner: CommentQuestionWinner;
  names: ReadonlyMap<number, string>;
}

export interface SeriesResultInput {
  title: string;
  standings: readonly SeriesStanding[];
  /** Questions asked so far in the series. */
  questionsCount: number;
  names: ReadonlyMap<number, string>;
}

// VK starts a reply with "[id1|Имя], " (or a community's "[club1|…], ").
const LEADING_MENTION = /^\s*\[(?:id|club|public)\d+(?::[^|\]\n]*)?\|[^\]\n]*\]\s*[,:]?/u;
// Punctuation of every script (quotes «»„“"'’ included) and the backtick/acute VK users type as one.
const PUNCTUATION = /[\p{P}`´]/gu;

/**
 * Compatibility-normalised (NFKC), lower case, ё → е, a leading reply mention dropped,
 * punctuation replaced by spaces (so "Санкт-Петербург" = "санкт петербург"), spaces collapsed.
 */
export function normalizeAnswer(text: string): string {
  return text
    .replace(LEADING_MENTION, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(PUNCTUATION, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first comment (by date, then id) of a subscriber — not a community, not the page, not an
 * inactive (deleted or banned) account — whose normalised text equals a normalised accepted answer.
 */
export function winnerOf(
  question: CommentQuestion,
  comments: readonly QuizComment[],
  groupId: number,
  inactive: ReadonlySet<number>,
): CommentQuestionWinner {
  const accepted = new Set(question.answers.map(normalizeAnswer).filter((answer) => answer !== ''));
  const first = comments
    .filter((c) => c.fromId > 0 && c.fromId !== -groupId && !inactive.has(c.fromId))
    .sort((a, b) => a.date - b.date || a.id - b.id)
    .find((c) => accepted.has(normalizeAnswer(c.text)));
  return first
    ? { postRef: question.postRef, userId: first.fromId, commentId: first.id, date: first.date }
    : { postRef: question.postRef, userId: null, commentId: null, date: null };
}

/** Wins per user, most first (ties by user id, sharing a place: 1, 2, 2, 4). */
export function seriesStandings(winners: readonly CommentQuestionWinner[]): SeriesStanding[] {
  const wins = new Map<number, number>();
  for (const w of winners) if (w.userId !== null) wins.set(w.userId, (wins.get(w.userId) ?? 0) + 1);
  const sorted = [...wins].sort(([ua, a], [ub, b]) => b - a || ua - ub);
  const places = placesOf(sorted, (a, b) => a[1] === b[1]);
  return sorted.map(([userId, count], i) => ({ userId, wins: count, place: places[i]! }));
}

/** The community's comment under a question post once it is decided. */
export function commentQuizResultText(input: CommentQuizResultInput): string {
  const answer = `Правильный ответ: ${oneLine(input.answer, 200)}.`;
  const { userId } = input.winner;
  return userId === null
    ? `${answer} Правильных ответов не было.`
    : `${answer} Первым ответил(а) ${mentionOf(userId, input.names)} — поздравляем!`;
}

function winsText(n: number): string {
  return `${n} ${plural(n, ['победа', 'победы', 'побед'])}`;
}

/** The series leaderboard comment, cut to QUIZ_LIST_MAX_CHARS with a count of those left out. */
export function seriesResultText(input: SeriesResultInput): string {
  const head = [`🏆 Таблица лидеров: «${oneLine(input.title, 100)}». Вопросов: ${input.questionsCount}.`];
  if (input.standings.length === 0) return [...head, 'Пока никто не ответил правильно первым.'].join('\n');
  const rows = input.standings.map(
    (s) => `${s.place}. ${mentionOf(s.userId, input.names)} — ${winsText(s.wins)}`,
  );
  const lines = [...head];
  let length = head[0]!.length;
  for (let i = 0; i < rows.length; i++) {
    const rest = rows.length - i - 1;
    // Room for this row and, when others follow, the "и ещё N" line.
    const tail = rest > 0 ? `\n…и ещё ${rows.length}`.length : 0;
    if (length + 1 + rows[i]!.length + tail > QUIZ_LIST_MAX_CHARS) {
      lines.push(`…и ещё ${rows.length - i}`);
      break;
    }
    lines.push(rows[i]!);
    length += 1 + rows[i]!.length;
  }
  return lines.join('\n');
}
