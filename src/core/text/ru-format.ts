// Russian numbers and dates written out by hand, exactly as Intl's ru-RU writes them (the tests compare
// the two): a phone's first Intl object costs ~0.2 s of CPU to set up, and the first screen shows
// numbers and dates before anything else would need one.

/** Intl ru-RU's digit group separator: a no-break space («12 345»), from four digits up. */
const GROUP = '\u00a0';

/** January first; the name after a day number («5 января») and the name alone («январь 2026 г.»). */
const GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;
const NOMINATIVE = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;

/** The digits of a finite x ≥ 0 in its shortest decimal form (what Intl rounds), without an exponent. */
function decimalDigits(x: number): { whole: string; fraction: string } {
  const text = String(x);
  const e = text.indexOf('e');
  if (e < 0) {
    const [whole = '0', fraction = ''] = text.split('.');
    return { whole, fraction };
  }
  const [lead = '0', rest = ''] = text.slice(0, e).split('.');
  const digits = lead + rest;
  const point = lead.length + Number(text.slice(e + 1));
  if (point <= 0) return { whole: '0', fraction: '0'.repeat(-point) + digits };
  return { whole: digits.padEnd(point, '0'), fraction: digits.slice(point) };
}

function grouped(whole: string): string {
  if (whole.length < 4) return whole;
  const head = whole.length % 3 || 3;
  const groups = [whole.slice(0, head)];
  for (let i = head; i < whole.length; i += 3) groups.push(whole.slice(i, i + 3));
  return groups.join(GROUP);
}

/**
 * n with at least `minFraction` and at most `maxFraction` decimals, halves away from zero, as
 * `new Intl.NumberFormat('ru-RU', { minimumFractionDigits, maximumFractionDigits }).format(n)`:
 * «12 345», «2,5», «-0» for a negative that rounds to zero.
 */
export function ruNumber(n: number, maxFraction = 0, minFraction = 0): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'не\u00a0число' : n > 0 ? '∞' : '-∞';
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  const { whole, fraction } = decimalDigits(Math.abs(n));
  let kept = BigInt(whole + fraction.slice(0, maxFraction).padEnd(maxFraction, '0'));
  if ((fraction[maxFraction] ?? '0') >= '5') kept += 1n;
  const digits = kept.toString().padStart(maxFraction + 1, '0');
  const wholeOut = digits.slice(0, digits.length - maxFraction);
  let fractionOut = digits.slice(digits.length - maxFraction);
  while (fractionOut.length > minFraction && fractionOut.endsWith('0'))
    fractionOut = fractionOut.slice(0, -1);
  return sign + grouped(wholeOut) + (fractionOut ? `,${fractionOut}` : '');
}

/** «5 января» (month 1..12). */
export function ruDayMonth(month: number, day: number): string {
  return `${day} ${monthName(GENITIVE, month)}`;
}

/** The month's name in the genitive, as after a day number: «января». */
export function ruMonthGenitive(month: number): string {
  return monthName(GENITIVE, month);
}

/** «январь 2026 г.» (month 1..12). */
export function ruMonthYear(year: number, month: number): string {
  return `${monthName(NOMINATIVE, month)} ${year} г.`;
}

/** «09:07». */
export function ruTime(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function monthName(names: readonly string[], month: number): string {
  return names[month - 1] ?? '';
}
