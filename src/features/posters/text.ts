// The poster screens' words.
import { capitalize, countOf, plural } from '../../shared/format';
import type { CtaFit } from './cta-fit';

const PLACES = ['места', 'мест', 'мест'] as const;

/** «Рекомендуем не меньше 8 мест»; a rural administration needs exactly one. */
export function placesText(places: number): string {
  return places === 1 ? 'Рекомендуем 1 место' : `Рекомендуем не меньше ${countOf(places, PLACES)}`;
}

/** «Орган власти (администрация, управление, совет)» → the name and, apart, its examples. */
export function institutionLabelParts(label: string): { name: string; examples: string | null } {
  const match = /^(.*?)\s*\((.+)\)$/.exec(label);
  if (!match) return { name: label, examples: null };
  const examples = match[2]!;
  return { name: match[1]!, examples: capitalize(examples) };
}

export const GUESS_BASIS = {
  name: 'Тип определён по названию страницы — поправьте, если ошибся.',
  activity: 'Тип определён по тематике страницы ВКонтакте — поправьте, если не так.',
  default: 'По названию тип не определить: выберите его, чтобы узнать, сколько плакатов повесить.',
} as const;

export const PRIVATE_PAGE_NOTE =
  'Сообщество закрыто: по QR-коду человек увидит только заявку на вступление. Госпаблик должен быть открытым — откройте сообщество в настройках.';

export const PRINT_ON_COMPUTER =
  'Печать из приложения доступна в браузере на компьютере. На телефоне скачайте PNG и распечатайте его.';

const SIGNS = ['знак', 'знака', 'знаков'] as const;

/**
 * Under the call to action: «Осталось 52 знака.», «Остался 21 знак.», or what the poster would do to
 * the text: «Слово «…» не помещается в строку и будет разорвано…», «Текст не помещается…».
 */
export function ctaFitText(fit: CtaFit): string {
  const left =
    fit.left === 0
      ? 'Больше знаков не поместится.'
      : `${plural(fit.left, ['Остался', 'Осталось', 'Осталось'])} ${countOf(fit.left, SIGNS)}.`;
  if (fit.cut) return `Текст не помещается на плакат целиком и будет обрезан: сократите его. ${left}`;
  if (fit.brokenWords.length === 1)
    return `Слово «${fit.brokenWords[0]}» не помещается в строку плаката и будет разорвано: сократите его или разделите пробелом. ${left}`;
  if (fit.brokenWords.length > 1)
    return `Слова ${fit.brokenWords.map((word) => `«${word}»`).join(', ')} не помещаются в строку плаката и будут разорваны: сократите их или разделите пробелами. ${left}`;
  return left;
}
