import type { Category } from '../../core/types';

export const CATEGORY_NAMES: Record<Category, string> = {
  flagship: 'Флагманский: 5 постов в неделю',
  active: 'Активный: 3 поста в неделю',
  card: 'Визитка: частота не оценивается',
};

/** Under the page's name: the category and what it asks for. */
export const CATEGORY_SHORT: Record<Category, string> = {
  flagship: 'Флагманский паблик: 5 постов в неделю',
  active: 'Активный паблик: 3 поста в неделю',
  card: 'Визитка: частота не оценивается',
};
