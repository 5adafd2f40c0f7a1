import type { Category } from '../../core/types';

export const CATEGORY_NAMES: Record<Category, string> = {
  flagship: 'Флагманский — 5 постов в каждый период',
  active: 'Активный — 3 поста в каждый период',
  card: 'Визитка — частота не оценивается',
};
