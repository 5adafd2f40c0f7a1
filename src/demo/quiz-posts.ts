// The classic quiz in comments: each 'quiz' post of the demo asks one question with a known answer, and
// its commenters answer it, right in several spellings (case, ё/е, quotes, punctuation, VK's reply
// mention) or wrong. Everything is a pure function of the seed, the page and the post's date, and the
// comment generator spends exactly the one draw it spent before, so no other number of the world moves.
import type { PostRef } from '../core/quiz/types';
import { dayOf } from './calendar';
import { hash32 } from './prng';
import type { Landmark } from './landmarks';
import type { DemoPage, DemoPost, DemoWorld } from './world-types';

export interface DemoQuizQuestion {
  /** The question as the post asks it. */
  question: string;
  /** Accepted answers, the canonical one first; a comment answers right when it normalises to one. */
  answers: readonly string[];
  /** Wrong answers commenters give. */
  wrong: readonly string[];
  /** "Guess the place": the landmark in the post's photo, or null for a question without a photo. */
  landmark: Landmark | null;
}

const Q = (
  question: string,
  answers: readonly string[],
  wrong: readonly string[],
  landmark: Landmark | null = null,
): DemoQuizQuestion => ({ question, answers, wrong, landmark });

/** The museum's series: the district's history and places. */
const LOCAL_HISTORY: readonly DemoQuizQuestion[] = [
  Q('В каком году основан Лесногорск?', ['1952', '1952 год', 'в 1952 году'], ['1948', '1961', '1957']),
  Q(
    'Угадайте место на фото! Как называется этот храм?',
    ['Троицкая церковь', 'Троицкий храм', 'церковь Святой Троицы'],
    ['Никольская церковь', 'Успенский собор'],
    'church',
  ),
  Q('Как называется главная река округа?', ['Лесная', 'река Лесная'], ['Быстрая', 'Сосновка', 'Ока']),
  Q(
    'Угадайте место на фото: как жители называют этот мост?',
    ['Старый мост', 'Старый'],
    ['Железнодорожный мост', 'Новый мост'],
    'bridge',
  ),
  Q(
    'Какой посёлок округа назван в честь озера?',
    ['Озёрный', 'посёлок Озёрный', 'п. Озёрный'],
    ['Сосновка', 'Лесной'],
  ),
  Q(
    'Кому посвящён памятник на фото?',
    ['первостроителям', 'первостроителям города', 'памятник первостроителям'],
    ['героям войны', 'Пушкину', 'основателю завода'],
    'monument',
  ),
  Q('Какое дерево изображено на гербе Лесногорска?', ['ель', 'ёлка'], ['сосна', 'дуб', 'берёза']),
  Q(
    'Угадайте место на фото! Что это за башня?',
    ['пожарная каланча', 'каланча'],
    ['водонапорная башня', 'телевышка'],
    'tower',
  ),
  Q(
    'Узнаёте здание на фото? Что в нём сейчас находится?',
    ['краеведческий музей', 'музей', 'Лесногорский краеведческий музей'],
    ['школа', 'администрация', 'библиотека'],
    'museum',
  ),
];

/** The library's series: books, with a few of the district's places. */
const LITERATURE: readonly DemoQuizQuestion[] = [
  Q(
    'Кто написал роман в стихах «Евгений Онегин»?',
    ['Пушкин', 'Александр Пушкин', 'Александр Сергеевич Пушкин', 'А. С. Пушкин'],
    ['Лермонтов', 'Гоголь', 'Тургенев'],
  ),
  Q(
    'Узнаёте здание на фото? Что в нём находится?',
    ['Центральная библиотека', 'библиотека', 'центральная городская библиотека'],
    ['музей', 'школа', 'Дом культуры'],
    'library',
  ),
  Q('Какой сказочный герой ушёл и от бабушки, и от дедушки?', ['Колобок'], ['Теремок', 'Репка', 'Заяц']),
  Q('Кто автор сказки «Конёк-Горбунок»?', ['Ершов', 'Пётр Ершов', 'П. П. Ершов'], ['Пушкин', 'Бажов']),
  Q(
    'О какой реке на фото писал местный поэт Иван Сосновский?',
    ['Лесная', 'река Лесная'],
    ['Быстрая', 'Волга', 'Сосновка'],
    'river',
  ),
  Q(
    'Кто написал роман «Война и мир»?',
    ['Толстой', 'Лев Толстой', 'Л. Н. Толстой', 'Лев Николаевич Толстой'],
    ['Достоевский', 'Чехов', 'Алексей Толстой'],
  ),
  Q('Как звали собачку в рассказе Тургенева?', ['Муму'], ['Каштанка', 'Белый Бим', 'Жучка']),
  Q(
    'Как зовут доктора, который лечит зверей в сказке Чуковского?',
    ['Айболит', 'доктор Айболит'],
    ['Бармалей', 'Мойдодыр'],
  ),
];

const SERIES = { history: 'Знаешь ли ты свой край?', books: 'Книжный знаток' } as const;

function seriesOf(page: DemoPage): 'history' | 'books' {
  return /музей/i.test(page.name) ? 'history' : 'books';
}

/**
 * The question of a page's quiz post on a date. Quiz posts come every 14 days (walls.ts), so
 * consecutive posts of a page take consecutive questions of its series, the start drawn from the seed.
 */
export function quizQuestionAt(seed: number, page: DemoPage, date: number): DemoQuizQuestion {
  const bank = seriesOf(page) === 'history' ? LOCAL_HISTORY : LITERATURE;
  const index = (Math.floor(dayOf(date) / 14) + hash32(seed, page.id, 'quiz-series')) % bank.length;
  const question = bank[index] ?? bank[0];
  if (!question) throw new RangeError('empty quiz bank');
  return question;
}

/** The post's question; null for posts that are not quiz posts. */
export function quizQuestionOf(world: DemoWorld, post: DemoPost): DemoQuizQuestion | null {
  const page = world.pageById.get(-post.ownerId);
  return post.kind === 'quiz' && page ? quizQuestionAt(world.seed, page, post.date) : null;
}

export function quizPostText(seed: number, page: DemoPage, date: number): string {
  const q = quizQuestionAt(seed, page, date);
  return (
    `❓ Викторина «${SERIES[seriesOf(page)]}»\n\n${q.question}\n\n` +
    'Ответы пишите в комментариях: первый правильный ответ выигрывает вопрос, итоги серии подведём в конце месяца.'
  );
}

/** How a right answer gets written: each spelling must still normalise to the accepted answer. */
const SPELLINGS: readonly ((a: string) => string)[] = [
  (a) => a,
  (a) => a.toLowerCase(),
  (a) => a.toUpperCase(),
  (a) => a.replaceAll('ё', 'е').replaceAll('Ё', 'Е'),
  (a) => a.toLowerCase().replaceAll('ё', 'е'),
  (a) => `«${a}»`,
  (a) => `"${a.toLowerCase()}"`,
  (a) => `${a}!`,
  (a) => `${a}...`,
  (a) => `${a.toLowerCase().replace(' ', '  ')}?!`,
];

/** Wrong answers: another option, a denial of the right one (must not count), no answer at all. */
const WRONG: readonly ((q: DemoQuizQuestion, pick: number) => string)[] = [
  (q, pick) => q.wrong[pick % q.wrong.length] ?? 'Не знаю',
  (q, pick) => q.wrong[(pick + 1) % q.wrong.length] ?? 'Не знаю',
  (q) => `не ${(q.answers[0] ?? '').toLowerCase()}`,
  () => 'Не знаю, но интересно!',
];

/**
 * The text of the k-th comment under a quiz post, from one uniform draw `u`; `mention` is VK's
 * automatic `[id…|Name], ` of a reply (or ''). Half the comments answer right, and the second comment
 * always does, so nearly every quiz post has a winner.
 */
export function quizCommentText(q: DemoQuizQuestion, k: number, u: number, mention: string): string {
  const right = u < 0.5 || k === 1;
  const v = u < 0.5 ? u * 2 : (u - 0.5) * 2;
  if (!right) return mention + nth(WRONG, v * WRONG.length)(q, Math.floor(v * 1000));
  const scaled = v * SPELLINGS.length;
  return mention + nth(SPELLINGS, scaled)(nth(q.answers, (scaled % 1) * q.answers.length));
}

/** The item at floor(at), clamped to the list (a draw of 1 - ε times the length stays inside). */
function nth<T>(list: readonly T[], at: number): T {
  const item = list[Math.min(list.length - 1, Math.max(0, Math.floor(at)))];
  if (item === undefined) throw new RangeError('empty list');
  return item;
}

/** What the community answers under its quiz posts (never the answer itself). */
export const QUIZ_COMMUNITY_REPLIES = [
  'Спасибо за ответ! Итоги — в конце месяца.',
  'Принимаем ответы до конца недели.',
  'Интересная версия!',
  'Правильный ответ опубликуем в пятницу.',
] as const;

/** Every quiz post of the world (published and scheduled) → its accepted answers. */
export function demoQuizAnswers(world: DemoWorld): Map<PostRef, string[]> {
  const out = new Map<PostRef, string[]>();
  for (const wall of world.walls.values()) {
    for (const post of wall) {
      const q = quizQuestionOf(world, post);
      if (q) out.set(`${post.ownerId}_${post.id}`, [...q.answers]);
    }
  }
  return out;
}
