// Minimum requirements (мин. требования): the dashboard's checklist (cover, avatar, description,
// feedback-platform widgets) plus the Tatarstan recommendations (open comments, «Госорганизация»).
// What the API cannot show is `unknown`: never assumed present, never deducted.

import { resolveOptions, type OptionsOverride, type RequirementId } from './options';
import type { PageInfo } from './types';

export type RequirementStatus = 'ok' | 'missing' | 'unknown';

/**
 * Each requirement in a clerk's words, once for every screen, the export and the verdict's reasons:
 * its name («обложка») and what is wrong when it is missing («нет обложки»).
 */
export const REQUIREMENT_WORDS: Readonly<Record<RequirementId, { name: string; missing: string }>> = {
  cover: { name: 'обложка', missing: 'нет обложки' },
  avatar: { name: 'аватарка', missing: 'нет аватарки' },
  description: { name: 'описание', missing: 'нет описания' },
  'pos-widgets': { name: 'виджет ПОС', missing: 'нет виджета ПОС' },
  'open-wall': { name: 'открытые комментарии', missing: 'комментарии закрыты' },
  'gov-mark': { name: 'отметка «Госорганизация»', missing: 'нет отметки «Госорганизация»' },
};

export interface RequirementItem {
  id: RequirementId;
  status: RequirementStatus;
  /** The status can only come from the admin's declaration (ПОС widgets are invisible to the API). */
  selfDeclared: boolean;
  /** A `missing` status subtracts rating points (options.deductedRequirements). */
  deducted: boolean;
}

export interface RequirementsResult {
  /** In a fixed order: cover, avatar, description, pos-widgets, open-wall, gov-mark. */
  items: RequirementItem[];
  /** Items missing (deducted or not). */
  missingCount: number;
  /** Missing items that subtract points. */
  deductedCount: number;
  /** Items the API could not reveal. */
  unknownCount: number;
}

export interface RequirementsOptions {
  /** The admin's declaration that ПОС widgets are installed; null = not asked yet. */
  posWidgetsDeclared: boolean | null;
  options?: OptionsOverride;
}

export function checkRequirements(page: PageInfo, opts: RequirementsOptions): RequirementsResult {
  const options = resolveOptions(opts.options);
  const statuses: Record<RequirementId, RequirementStatus> = {
    cover: present(page.hasCover),
    avatar: present(page.hasPhoto),
    description: present(page.description.trim().length >= Math.max(1, options.descriptionMinLength)),
    'pos-widgets': known(opts.posWidgetsDeclared),
    // Open comments: an open (1) or limited (2) wall keeps comments; off (0) and closed (3) do not.
    'open-wall': page.wall === null ? 'unknown' : present(page.wall === 'open' || page.wall === 'limited'),
    'gov-mark': known(page.isGovernmentOrganization),
  };
  const items = (Object.keys(statuses) as RequirementId[]).map((id): RequirementItem => ({
    id,
    status: statuses[id],
    selfDeclared: id === 'pos-widgets',
    deducted: options.deductedRequirements.includes(id),
  }));
  return {
    items,
    missingCount: items.filter((i) => i.status === 'missing').length,
    deductedCount: items.filter((i) => i.status === 'missing' && i.deducted).length,
    unknownCount: items.filter((i) => i.status === 'unknown').length,
  };
}

function present(ok: boolean): RequirementStatus {
  return ok ? 'ok' : 'missing';
}

function known(value: boolean | null): RequirementStatus {
  return value === null ? 'unknown' : present(value);
}
