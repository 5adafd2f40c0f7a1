// The page's time zone as a clerk says it: «московское время», «время МСК+2» — never «UTC+3» or
// «Europe/Moscow». Russian zones are counted from Moscow's, as in every Russian timetable. In the core
// because published texts (the giveaway announcement, the quiz post) say it too.
import { localDateTime } from './time';

const MOSCOW = 'Europe/Moscow';

/** The zone's offset from UTC at the instant, in minutes (Moscow: 180). */
function offsetMinutes(unix: number, timeZone: string): number {
  const t = localDateTime(unix, timeZone);
  return Math.round((Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) / 1000 - unix) / 60);
}

/** «МСК+2», «МСК−1», «МСК+2:30»; null when the zone keeps Moscow time at that instant. */
function fromMoscow(unix: number, timeZone: string): string | null {
  const diff = offsetMinutes(unix, timeZone) - offsetMinutes(unix, MOSCOW);
  if (diff === 0) return null;
  const sign = diff < 0 ? '−' : '+';
  const abs = Math.abs(diff);
  const minutes = abs % 60;
  return `МСК${sign}${Math.floor(abs / 60)}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}`;
}

/** «московское время» or «время МСК+2»: the zone the page's dates are read in. */
export function zoneName(unix: number, timeZone: string): string {
  const shift = fromMoscow(unix, timeZone);
  return shift === null ? 'московское время' : `время ${shift}`;
}

/** «по московскому времени» or «по времени МСК+2». */
export function byZone(unix: number, timeZone: string): string {
  const shift = fromMoscow(unix, timeZone);
  return shift === null ? 'по московскому времени' : `по времени ${shift}`;
}
