import type { Category } from '../../core/types';

export const CATEGORY_SHORT: Record<Category, string> = {
  flagship: 'флагманский',
  active: 'активный',
  card: 'визитка',
};
