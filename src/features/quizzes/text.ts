// The quiz screens' words: phases, statuses, times and progress (Russian UI text).
import type { QuizDefinition } from '../../core/quiz';
import type { PublishedQuiz, QuizPhase, QuizProgress } from '../../data/quiz';
import { countOf, formatDateTime, formatInt, formatNumber } from '../../shared/format';
import { progressPercent, progressText as stageProgressText } from '../../shared/progress';

export const PHASE_NAMES: Record<QuizPhase, string> = {
  draft: 'Черновик: ждёт запись',
  scheduled: 'Скоро начнётся',
  open: 'Идёт',
  closed: 'Пора подсчитать результаты',
  scored: 'Результаты подсчитаны, не опубликованы',
  published: 'Итоги опубликованы',
};

export type PublicStatus = 'soon' | 'open' | 'closed' | 'results';

/** Where a published quiz stands for a subscriber. */
export function publicStatus(quiz: PublishedQuiz, now: number): PublicStatus {
  if (quiz.results) return 'results';
  if (now < quiz.definition.opensAt) return 'soon';
  return now <= quiz.definition.closesAt ? 'open' : 'closed';
}

export const PUBLIC_STATUS_NAMES: Record<PublicStatus, string> = {
  soon: 'Скоро',
  open: 'Идёт',
  closed: 'Ждём итоги',
  results: 'Итоги',
};

/** «с 20 ноября, 12:00 до 20 ноября, 18:00» in the page's zone. */
export function windowText(
  definition: Pick<QuizDefinition, 'opensAt' | 'closesAt'>,
  timeZone: string,
): string {
  return `с ${formatDateTime(definition.opensAt, timeZone)} до ${formatDateTime(definition.closesAt, timeZone)}`;
}

const QUESTIONS = ['вопрос', 'вопроса', 'вопросов'] as const;
const SECONDS = ['секунда', 'секунды', 'секунд'] as const;

/** «5 вопросов, на каждый — 30 секунд»; «1 вопрос, на ответ — 20 секунд». */
export function formatText(definition: Pick<QuizDefinition, 'questions' | 'secondsPerQuestion'>): string {
  const count = definition.questions.length;
  const each = count === 1 ? 'на ответ' : 'на каждый';
  return `${countOf(count, QUESTIONS)}, ${each} — ${countOf(definition.secondsPerQuestion, SECONDS)}`;
}

/** An entry's time: «8,4 с», «1 мин 5,2 с». */
export function timeText(ms: number): string {
  const tenths = Math.round(ms / 100);
  const minutes = Math.floor(tenths / 600);
  const seconds = formatNumber((tenths % 600) / 10);
  return minutes > 0 ? `${formatInt(minutes)} мин ${seconds} с` : `${seconds} с`;
}

/** «Читаем комментарии: 120 из 400». */
export function progressText(progress: QuizProgress): string {
  return stageProgressText({ ...progress, name: 'Читаем комментарии' });
}

export { progressPercent };

/** «5 из 6». */
export function scoreText(correct: number, total: number): string {
  return `${formatInt(correct)} из ${formatInt(total)}`;
}

/** Why the answer goes out as the viewer's comment: said in the rules and while it is sent. */
export const SEALED_EXPLAINED =
  'Ответ будет опубликован вашим комментарием под записью — зашифрованным, его никто не сможет прочитать до итогов.';

/** «Вопрос N засчитан без ответа…»: said on the resume screen and above the next question. */
export function lostQuestionText(index: number): string {
  return `Вопрос ${index + 1} засчитан без ответа: приложение закрылось, пока шло время.`;
}
