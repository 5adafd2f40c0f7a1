// Synthetic subordinate pages for supervisor-sized worlds (the bench and tests need 250 and 1,700
// pages; an average region has about 1,700). They are appended after the 30 hand-made pages, which
// stay exactly as they are: synthetic pages are not in any links block, never repost (a repost would
// change its origin's counters) and take no special role.
import type { Category } from '../core/types';
import type { PageKind, PageSpec, Rhythm } from './pages';

/** The first synthetic page id: far from the hand-made ids, so they never collide. */
export const EXTRA_FIRST_ID = 219100001;

/** Every PRIVATE_EVERY-th synthetic page is private, every DELETED_EVERY-th deleted. */
const PRIVATE_EVERY = 97;
const DELETED_EVERY = 89;

interface Template {
  kind: PageKind;
  name: (n: number) => string;
  short: (n: number) => string;
  slug: string;
  type: 'page' | 'group';
}

const TEMPLATES: readonly Template[] = [
  {
    kind: 'education',
    name: (n) => `МБОУ «СОШ № ${n}»`,
    short: (n) => `школе № ${n}`,
    slug: 'school',
    type: 'page',
  },
  {
    kind: 'kindergarten',
    name: (n) => `МБДОУ «Детский сад № ${n}»`,
    short: (n) => `детском саду № ${n}`,
    slug: 'ds',
    type: 'group',
  },
  {
    kind: 'culture',
    name: (n) => `МБУК «Библиотека-филиал № ${n}»`,
    short: (n) => `библиотеке № ${n}`,
    slug: 'library',
    type: 'page',
  },
  {
    kind: 'culture',
    name: (n) => `МБУК «Дом культуры № ${n}»`,
    short: (n) => `доме культуры № ${n}`,
    slug: 'dk',
    type: 'page',
  },
  {
    kind: 'sport',
    name: (n) => `МБУ ДО «Спортивная школа № ${n}»`,
    short: (n) => `спортшколе № ${n}`,
    slug: 'sport',
    type: 'page',
  },
  {
    kind: 'admin',
    name: (n) => `Администрация сельского поселения № ${n}`,
    short: (n) => `администрации поселения № ${n}`,
    slug: 'sp',
    type: 'page',
  },
];

const RHYTHMS: readonly Rhythm[] = ['steady', 'weekdays', 'sparse', 'daily', 'bursty', 'weekdays', 'rare'];

/** `count` synthetic page specs, the same for every seed (the seed draws their numbers, as for all pages). */
export function extraPageSpecs(count: number): PageSpec[] {
  const specs: PageSpec[] = [];
  for (let i = 0; i < count; i++) {
    const template = TEMPLATES[i % TEMPLATES.length] as Template;
    // Numbered per kind from 101, clear of the hand-made pages' numbers.
    const n = 101 + Math.floor(i / TEMPLATES.length);
    const rhythm = RHYTHMS[i % RHYTHMS.length] as Rhythm;
    const special =
      (i + 1) % PRIVATE_EVERY === 0 ? 'private' : (i + 1) % DELETED_EVERY === 0 ? 'deleted' : null;
    const category: Category = rhythm === 'rare' ? 'card' : 'active';
    specs.push({
      id: EXTRA_FIRST_ID + i,
      name: template.name(n),
      short: template.short(n),
      screenName: i % 10 === 3 ? null : `${template.slug}${n}_lesnogorsk`,
      kind: template.kind,
      category,
      rhythm,
      members: 150 + ((i * 7919) % 3000),
      type: special === 'private' ? 'group' : template.type,
      er: 0.5 + ((i * 37) % 50) / 10,
      reach: 0.15 + ((i * 13) % 30) / 100,
      reposts: 0,
      ...(special ? { special } : {}),
      flags: i % 4 === 0 ? 'S' : '',
    });
  }
  return specs;
}
