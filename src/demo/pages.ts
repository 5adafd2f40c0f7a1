// The fictional district: a head page, its subordinate institutions and three regional pages outside
// the district (sources of reposts). Ids are fixed (the same for every seed) so that URLs such as
// ?demo=1&group=219000006 and the docs stay valid; everything else is drawn from the seed.
import type { Category } from '../core/types';

export type PageKind = 'admin' | 'education' | 'kindergarten' | 'culture' | 'sport' | 'youth' | 'service';
/** How often a page posts: see postsOnDay() in world.ts. */
export type Rhythm = 'daily' | 'steady' | 'weekdays' | 'bursty' | 'sparse' | 'rare';
export type SpecialRole = 'compliant' | 'failing' | 'private' | 'deleted';

export interface PageSpec {
  id: number;
  name: string;
  /** Short name used inside post texts. */
  short: string;
  /** null: the page has no short address (vk.com/club<id>). */
  screenName: string | null;
  kind: PageKind;
  /** null for pages outside the district. */
  category: Category | null;
  rhythm: Rhythm;
  members: number;
  type: 'page' | 'group';
  /** Mean ER of the page's own posts, %. */
  er: number;
  /** Views of a post as a share of members. */
  reach: number;
  /** Share of posts that are reposts. */
  reposts: number;
  special?: SpecialRole;
  /**
   * Flags: V = the demo viewer administers it, E = the viewer is its editor, C = no cover, P = no
   * avatar, D = no description, G = no «Госорганизация» mark in the API, O = open wall (posts by
   * others), S = schedules posts, U = has suggested posts, N = a pinned post, Z = a post with zero
   * views, R = giveaways, Q = quizzes, A = some posts marked as ads, L = listed in the head's links.
   */
  flags: string;
}

export const HEAD_ID = 219000001;
export const EDUCATION_ID = 219000002;
export const REGION_IDS = [200100001, 200100002, 200100003] as const;

const S = (spec: PageSpec) => spec;

// A table: one page per line reads better than Prettier's one field per line.
// prettier-ignore
export const PAGE_SPECS: readonly PageSpec[] = [
  S({ id: HEAD_ID, name: 'Администрация Лесногорского муниципального округа', short: 'администрации округа', screenName: 'lesnogorsk_adm', kind: 'admin', category: 'flagship', rhythm: 'daily', members: 14800, type: 'page', er: 1.6, reach: 0.32, reposts: 0.12, flags: 'VSNRA' }),
  S({ id: EDUCATION_ID, name: 'Управление образования Лесногорского муниципального округа', short: 'управления образования', screenName: 'lesnogorsk_uo', kind: 'education', category: 'flagship', rhythm: 'steady', members: 5200, type: 'page', er: 2.1, reach: 0.28, reposts: 0.1, flags: 'VSL' }),
  S({ id: 219000003, name: 'Совет депутатов Лесногорского муниципального округа', short: 'Совета депутатов', screenName: 'lesnogorsk_sovet', kind: 'admin', category: 'active', rhythm: 'sparse', members: 860, type: 'page', er: 0.9, reach: 0.2, reposts: 0.3, flags: '' }),
  S({ id: 219000004, name: 'МБОУ «СОШ № 1»', short: 'школе № 1', screenName: 'lesnogorsk_school1', kind: 'education', category: 'active', rhythm: 'weekdays', members: 1450, type: 'page', er: 3.2, reach: 0.35, reposts: 0.15, flags: 'SL' }),
  S({ id: 219000005, name: 'МБОУ «СОШ № 2»', short: 'школе № 2', screenName: 'school2_lesnogorsk', kind: 'education', category: 'active', rhythm: 'bursty', members: 980, type: 'page', er: 2.4, reach: 0.3, reposts: 0.2, flags: 'NL' }),
  S({ id: 219000006, name: 'МБОУ «Гимназия № 3»', short: 'гимназии № 3', screenName: 'gymnasium3_lsn', kind: 'education', category: 'active', rhythm: 'daily', members: 2300, type: 'page', er: 4.6, reach: 0.42, reposts: 0, special: 'compliant', flags: 'VSNL' }),
  S({ id: 219000007, name: 'МБОУ «СОШ № 4»', short: 'школе № 4', screenName: null, kind: 'education', category: 'active', rhythm: 'steady', members: 1120, type: 'page', er: 2.8, reach: 0.33, reposts: 0.25, flags: 'L' }),
  S({ id: 219000008, name: 'МБОУ «ООШ с. Сосновка»', short: 'школе с. Сосновка', screenName: 'sosnovka_school', kind: 'education', category: 'active', rhythm: 'sparse', members: 210, type: 'group', er: 5.5, reach: 0.55, reposts: 0.3, flags: 'GOL' }),
  S({ id: 219000009, name: 'МБОУ «СОШ № 6 п. Озёрный»', short: 'школе № 6', screenName: 'ozerny_school6', kind: 'education', category: 'active', rhythm: 'weekdays', members: 640, type: 'page', er: 3.6, reach: 0.38, reposts: 0.2, flags: 'ZL' }),
  S({ id: 219000010, name: 'МБДОУ «Детский сад № 5 "Солнышко"»', short: 'детском саду «Солнышко»', screenName: 'ds5_solnyshko', kind: 'kindergarten', category: 'active', rhythm: 'steady', members: 520, type: 'group', er: 4.1, reach: 0.45, reposts: 0.1, flags: 'RSL' }),
  S({ id: 219000011, name: 'МБДОУ «Детский сад № 7 "Берёзка"»', short: 'детском саду «Берёзка»', screenName: 'ds7_berezka', kind: 'kindergarten', category: 'active', rhythm: 'weekdays', members: 340, type: 'group', er: 3.0, reach: 0.4, reposts: 0.15, flags: 'L' }),
  S({ id: 219000012, name: 'МБДОУ «Детский сад № 9 "Ромашка"»', short: 'детском саду «Ромашка»', screenName: 'ds9_romashka', kind: 'kindergarten', category: 'active', rhythm: 'sparse', members: 290, type: 'group', er: 2.2, reach: 0.36, reposts: 0.2, flags: 'C' }),
  S({ id: 219000013, name: 'МБДОУ «Детский сад № 12 "Теремок"»', short: 'детском саду «Теремок»', screenName: 'ds12_teremok', kind: 'kindergarten', category: 'active', rhythm: 'bursty', members: 410, type: 'group', er: 1.8, reach: 0.3, reposts: 0.1, flags: 'GUL' }),
  S({ id: 219000014, name: 'МБДОУ «Детский сад № 14 "Ласточка"»', short: 'детском саду «Ласточка»', screenName: 'ds14_lastochka', kind: 'kindergarten', category: 'active', rhythm: 'bursty', members: 180, type: 'group', er: 0.35, reach: 0.12, reposts: 0.3, special: 'failing', flags: 'VCPDGL' }),
  S({ id: 219000015, name: 'МБУК «Централизованная библиотечная система»', short: 'библиотеке', screenName: 'lesnogorsk_cbs', kind: 'culture', category: 'active', rhythm: 'steady', members: 1900, type: 'page', er: 2.9, reach: 0.3, reposts: 0.1, flags: 'EQSL' }),
  S({ id: 219000016, name: 'МБУК «Дом культуры "Юбилейный"»', short: 'ДК «Юбилейный»', screenName: 'dk_yubileyny', kind: 'culture', category: 'active', rhythm: 'steady', members: 3400, type: 'page', er: 5.2, reach: 0.4, reposts: 0.05, flags: 'RAUL' }),
  S({ id: 219000017, name: 'МБУК «Лесногорский краеведческий музей»', short: 'музее', screenName: 'lesnogorsk_museum', kind: 'culture', category: 'active', rhythm: 'weekdays', members: 1250, type: 'page', er: 3.4, reach: 0.27, reposts: 0.1, flags: 'QL' }),
  S({ id: 219000018, name: 'МБУ ДО «Детская школа искусств»', short: 'школе искусств', screenName: 'dshi_lesnogorsk', kind: 'culture', category: 'active', rhythm: 'weekdays', members: 760, type: 'page', er: 3.9, reach: 0.34, reposts: 0.1, flags: 'L' }),
  S({ id: 219000019, name: 'МБУ ДО «Спортивная школа "Олимп"»', short: 'спортшколе «Олимп»', screenName: 'sport_olymp', kind: 'sport', category: 'active', rhythm: 'bursty', members: 1680, type: 'page', er: 4.4, reach: 0.33, reposts: 0.1, flags: 'AL' }),
  S({ id: 219000020, name: 'МБУ «Молодёжный центр "Импульс"»', short: 'молодёжном центре', screenName: 'mc_impuls', kind: 'youth', category: 'active', rhythm: 'steady', members: 2750, type: 'page', er: 3.7, reach: 0.31, reposts: 0.15, flags: 'VRSL' }),
  S({ id: 219000021, name: 'МБУ ДО «Центр детского творчества»', short: 'центре детского творчества', screenName: 'cdt_lesnogorsk', kind: 'culture', category: 'active', rhythm: 'weekdays', members: 830, type: 'page', er: 2.6, reach: 0.3, reposts: 0.1, flags: '' }),
  S({ id: 219000022, name: 'МАУ «Многофункциональный центр Лесногорского муниципального округа»', short: 'МФЦ', screenName: 'mfc_lesnogorsk', kind: 'service', category: 'active', rhythm: 'steady', members: 3900, type: 'page', er: 0.8, reach: 0.22, reposts: 0.2, flags: 'L' }),
  S({ id: 219000023, name: 'МКУ «Управление по делам ГО и ЧС»', short: 'управлении ГО и ЧС', screenName: 'gochs_lesnogorsk', kind: 'service', category: 'active', rhythm: 'sparse', members: 1340, type: 'page', er: 1.1, reach: 0.25, reposts: 0.35, flags: 'L' }),
  S({ id: 219000024, name: 'МКУ «Централизованная бухгалтерия»', short: 'бухгалтерии', screenName: 'cb_lesnogorsk', kind: 'service', category: 'card', rhythm: 'rare', members: 150, type: 'group', er: 1.5, reach: 0.3, reposts: 0, special: 'private', flags: 'L' }),
  S({ id: 219000025, name: 'Контрольно-счётная палата Лесногорского муниципального округа', short: 'контрольно-счётной палате', screenName: 'ksp_lesnogorsk', kind: 'service', category: 'card', rhythm: 'rare', members: 230, type: 'page', er: 0.7, reach: 0.2, reposts: 0, flags: 'L' }),
  S({ id: 219000026, name: 'Администрация Сосновского сельского поселения', short: 'администрации поселения', screenName: 'sosnovskoe_sp', kind: 'admin', category: 'card', rhythm: 'rare', members: 370, type: 'page', er: 2.0, reach: 0.4, reposts: 0.4, flags: 'G' }),
  S({ id: 219000027, name: 'МБУК «Дом культуры п. Озёрный»', short: 'ДК п. Озёрный', screenName: null, kind: 'culture', category: 'active', rhythm: 'sparse', members: 450, type: 'page', er: 2.0, reach: 0.3, reposts: 0.1, special: 'deleted', flags: 'L' }),
  S({ id: REGION_IDS[0], name: 'Правительство Приозёрского края', short: 'правительства края', screenName: 'priozersk_gov', kind: 'admin', category: null, rhythm: 'weekdays', members: 96000, type: 'page', er: 1.2, reach: 0.18, reposts: 0, flags: '' }),
  S({ id: REGION_IDS[1], name: 'Министерство образования Приозёрского края', short: 'министерства образования', screenName: 'minobr_priozersk', kind: 'education', category: null, rhythm: 'sparse', members: 41000, type: 'page', er: 1.4, reach: 0.2, reposts: 0, flags: '' }),
  S({ id: REGION_IDS[2], name: 'ЦУР Приозёрского края', short: 'ЦУР', screenName: 'cur_priozersk', kind: 'service', category: null, rhythm: 'sparse', members: 23000, type: 'page', er: 1.9, reach: 0.22, reposts: 0, flags: '' }),
];

export const ACTIVITY: Record<PageKind, string> = {
  admin: 'Органы государственной власти',
  education: 'Образование',
  kindergarten: 'Дошкольное образование',
  culture: 'Культура',
  sport: 'Спорт',
  youth: 'Молодёжная политика',
  service: 'Государственные услуги',
};
