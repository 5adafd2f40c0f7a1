// The poster screens' words.
import { countOf } from '../../shared/format';

const PLACES = ['места', 'мест', 'мест'] as const;

/** «Рекомендуем не меньше 8 мест»; a rural administration needs exactly one. */
export function placesText(places: number): string {
  return places === 1 ? 'Рекомендуем 1 место' : `Рекомендуем не меньше ${countOf(places, PLACES)}`;
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
