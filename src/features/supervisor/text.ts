import type { Category } from '../../core/types';
import { countOf, plural } from '../../shared/format';

export const CATEGORY_SHORT: Record<Category, string> = {
  flagship: 'флагманский',
  active: 'активный',
  card: 'визитка',
};

const PAGES = ['страница', 'страницы', 'страниц'] as const;
const LOADING = ['загружается', 'загружаются', 'загружаются'] as const;

/** «Ещё 1 страница загружается…», «Ещё 5 страниц загружаются…» (the verb agrees with the number). */
export function remainingText(n: number): string {
  return `Ещё ${countOf(n, PAGES)} ${plural(n, LOADING)}…`;
}

/**
 * When the figures on screen were read, in the viewer's own clock: with «в», «в 14:05» today and
 * «17 ноября в 14:05» on another day; with «на», «на 14:05» and «на 17 ноября, 14:05». `then` and
 * `now` are unix seconds; `timeZone` is for tests (the device's zone otherwise).
 */
export function clockTime(then: number, now: number, preposition: 'в' | 'на', timeZone?: string): string {
  const zone = timeZone === undefined ? {} : { timeZone };
  const dayFormat = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', ...zone });
  const time = new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit', ...zone }).format(
    then * 1000,
  );
  const day = dayFormat.format(then * 1000);
  const today = day === dayFormat.format(now * 1000);
  if (preposition === 'в') return today ? `в ${time}` : `${day} в ${time}`;
  return today ? `на ${time}` : `на ${day}, ${time}`;
}
