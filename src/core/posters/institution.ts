// Institution types of the QR-poster recommendation (METHODOLOGY, "QR codes in buildings"): how many
// A4 posters to hang and where. The type is guessed from the page's name, then from VK's `activity`
// (the page's theme), and the admin can always override the guess.

export const INSTITUTION_TYPES = [
  'authority',
  'settlement',
  'education',
  'youth',
  'social',
  'mfc',
  'culture',
  'sport',
  'health',
] as const;

export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export interface InstitutionInfo {
  /** For the type select, e.g. «Учреждение культуры». */
  label: string;
  /** The methodology's minimum number of places with a poster. */
  places: number;
  /** Where the posters are seen: entrances and the places people wait. */
  where: readonly string[];
}

export const INSTITUTIONS: Readonly<Record<InstitutionType, InstitutionInfo>> = {
  authority: {
    label: 'Орган власти (администрация, управление, совет)',
    places: 5,
    where: [
      'Вход и холл, у поста охраны',
      'Приёмная и зона ожидания посетителей',
      'Кабинеты приёма граждан',
      'Информационный стенд',
      'У лифтов и на лестничных площадках',
      'Зал заседаний',
    ],
  },
  settlement: {
    label: 'Администрация сельского поселения',
    places: 1,
    where: ['Информационный стенд у входа в администрацию'],
  },
  education: {
    label: 'Образовательная организация (школа, детский сад, колледж)',
    places: 5,
    where: [
      'Вход и холл, у поста охраны',
      'Стенд для родителей',
      'Гардероб и раздевалки групп',
      'Столовая',
      'Коридоры у кабинетов, актовый и спортивный залы',
    ],
  },
  youth: {
    label: 'Молодёжный центр',
    places: 5,
    where: [
      'Вход и стойка администратора',
      'Зона отдыха и коворкинг',
      'Залы для занятий и мероприятий',
      'Доска объявлений',
      'Гардероб',
    ],
  },
  social: {
    label: 'Учреждение социальной защиты и обслуживания',
    places: 5,
    where: [
      'Вход и зона ожидания',
      'Кабинеты приёма',
      'Стенд с объявлениями',
      'Залы отделения дневного пребывания',
      'Гардероб',
    ],
  },
  mfc: {
    label: 'МФЦ',
    places: 5,
    where: [
      'У терминала электронной очереди',
      'Зона ожидания',
      'Окна приёма (на стойках)',
      'Вход и холл',
      'Детский уголок',
    ],
  },
  culture: {
    label: 'Учреждение культуры (дом культуры, библиотека, музей)',
    places: 8,
    where: [
      'Вход и касса',
      'Фойе',
      'Гардероб',
      'У зрительного и выставочных залов',
      'Читальный зал и абонемент',
      'Кабинеты кружков и студий',
      'Афишный стенд',
      'Туалетные комнаты (зеркала, двери)',
    ],
  },
  sport: {
    label: 'Спортивная организация',
    places: 8,
    where: [
      'Вход и ресепшен',
      'Раздевалки',
      'У спортивных залов и бассейна',
      'Трибуны',
      'Стенд с расписанием',
      'Гардероб',
      'Зона ожидания родителей',
      'Тренажёрный зал',
    ],
  },
  health: {
    label: 'Медицинская организация',
    places: 10,
    where: [
      'Регистратура',
      'Зоны ожидания у кабинетов',
      'Вход и холл',
      'Информационные стенды',
      'Лифты',
      'Приёмное отделение',
      'Дневной стационар и палаты',
      'Гардероб',
      'Аптечный пункт',
      'Кабинет выдачи справок',
    ],
  },
};

/** The methodology's minimum number of places with a QR poster for the institution's type. */
export function recommendedPlaces(type: InstitutionType): number {
  return INSTITUTIONS[type].places;
}

/** Posters to print for a set of pages, each by its guessed type (the supervisor's bulk screen). */
export function totalPlaces(pages: readonly { name: string; activity: string | null }[]): number {
  return pages.reduce(
    (sum, page) => sum + recommendedPlaces(guessInstitutionType(page.name, page.activity).type),
    0,
  );
}

export function isInstitutionType(value: string): value is InstitutionType {
  return (INSTITUTION_TYPES as readonly string[]).includes(value);
}

export interface InstitutionGuess {
  type: InstitutionType;
  /** What decided it: the name, VK's page theme, or nothing (the most common type, an authority). */
  basis: 'name' | 'activity' | 'default';
}

// Names that open with a body of power are authorities whatever they deal with («Управление
// образования», «Комитет по физической культуре и спорту»); a rural one is a settlement's.
const AUTHORITY_START =
  /^(министерство|управление|комитет|департамент|отдел|администрация|совет депутатов|собрание депутатов|дума|правительство|глава|аппарат)([^а-яё]|$)/;
const RURAL = /сельск(ого|ое|ой|ий|ая)|сельсовет/;

// Ordered: the first match wins. Sport and culture come before education («Спортивная школа»,
// «Детская школа искусств» are schools by name only).
const NAME_RULES: readonly [InstitutionType, RegExp][] = [
  [
    'health',
    /(^|[^а-яё])[гм][ба]?уз([^а-яё]|$)|больниц|поликлиник|фельдшерск|(^|[^а-яё])фап([^а-яё]|$)|амбулатори|диспансер|госпитал|родильн|перинатальн|стоматологи|здравоохранени|медицинск/,
  ],
  ['mfc', /(^|[^а-яё])мфц([^а-яё]|$)|многофункциональн|мои документы/],
  [
    'social',
    /(^|[^а-яё])к?цсон?([^а-яё]|$)|социальн[а-яё]* (обслуживани|защит|поддержк|помощ)|соцзащит|социальный фонд|(^|[^а-яё])сфр([^а-яё]|$)|реабилитац|дом-интернат|центр занятости/,
  ],
  [
    'sport',
    /спорт|(^|[^а-яё])(фок|дюсш|сшор|гто)([^а-яё]|$)|физкультурн|стадион|бассейн|ледов(ый|ая) (дворец|арена)/,
  ],
  ['youth', /молод[её]жн|молод[её]ж[ьи]|юнарми|движени[ея] первых/],
  [
    'culture',
    /(^|[^а-яё])[мг][бак]?ук([^а-яё]|$)|культур|(^|[^а-яё])(дк|сдк|кдц|цбс|цкс|дши)([^а-яё]|$)|библиотек|музе[йяю]|театр|филармони|клуб|искусств|музыкальн[а-яё]* школ|художественн[а-яё]* школ|народного творчества|ремёсел|ремесел/,
  ],
  [
    'education',
    /(^|[^а-яё])[мг][бак]?д?оу([^а-яё]|$)|(^|[^а-яё])(сош|оош|нош|доу|гбпоу|гапоу)([^а-яё]|$)|школ|гимнази|лице[йяю]|детск(ий|ого) сад|колледж|техникум|училищ|университет|образовани|творчества/,
  ],
];

const ACTIVITY_RULES: readonly [InstitutionType, RegExp][] = [
  ['health', /здоров|медицин|больниц|поликлиник/],
  ['mfc', /мфц|многофункциональн/],
  ['social', /социальн/],
  ['sport', /спорт|фитнес/],
  ['youth', /молод[её]ж/],
  ['culture', /культур|искусств|музе|библиотек|театр/],
  ['education', /образовани|школ|детский сад|вуз|университет/],
  ['authority', /власт|государственн[а-яё]* (организаци|учреждени)|госорганизац|муниципальн/],
];

/** Authorities named otherwise («МКУ «Управление по делам ГО и ЧС»», «Контрольно-счётная палата»). */
const AUTHORITY_ANYWHERE =
  /администрац|правительств|министерств|управлени|комитет|департамент|(^|[^а-яё])дума|совет депутатов|собрани[ея] депутатов|палат[аы]|инспекци|прокуратур|(^|[^а-яё])(мчс|го и чс)([^а-яё]|$)/;

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\s«"'„“]+/, '')
    .replace(/\s+/g, ' ');
}

function firstMatch(text: string, rules: readonly [InstitutionType, RegExp][]): InstitutionType | null {
  for (const [type, pattern] of rules) if (pattern.test(text)) return type;
  return null;
}

/**
 * The institution's type from the page's name, then VK's `activity` (the page's theme, e.g.
 * «Образование»); an authority when neither says. A guess: the screen lets the admin change it.
 */
export function guessInstitutionType(name: string, activity: string | null): InstitutionGuess {
  const text = normalize(name);
  if (AUTHORITY_START.test(text))
    return { type: RURAL.test(text) ? 'settlement' : 'authority', basis: 'name' };
  const byName = firstMatch(text, NAME_RULES);
  if (byName) return { type: byName, basis: 'name' };
  // «Сосновское сельское поселение», «Сельсовет …»: the settlement's own page.
  if (RURAL.test(text)) return { type: 'settlement', basis: 'name' };
  if (AUTHORITY_ANYWHERE.test(text)) return { type: 'authority', basis: 'name' };
  const byActivity = activity ? firstMatch(normalize(activity), ACTIVITY_RULES) : null;
  if (byActivity) return { type: byActivity, basis: 'activity' };
  return { type: 'authority', basis: 'default' };
}
