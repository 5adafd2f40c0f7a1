// What a person types or pastes to name a VK community: links in every form VK and regional letters
// use, numeric ids and screen names. Pure parsing: resolving a screen name needs the API (src/vk).

export type PageRef =
  | { kind: 'group'; id: number }
  | { kind: 'screen'; name: string }
  /** A personal profile: skipped, communities only. */
  | { kind: 'user'; id: number | null; reason: string }
  | { kind: 'external'; url: string; reason: string }
  | { kind: 'invalid'; reason: string };

/** A reference that names a community (by id or by screen name). */
export type CommunityRef = Extract<PageRef, { kind: 'group' | 'screen' }>;

export const REF_REASONS = {
  empty: 'Пустое значение',
  user: 'Ссылка на личную страницу, а не на сообщество',
  external: 'Ссылка на сторонний сайт, а не на страницу ВКонтакте',
  home: 'Ссылка на главную страницу ВКонтакте, а не на сообщество',
  zero: 'Номер сообщества должен быть положительным числом',
  notRef: 'Не похоже на ссылку, номер или короткое имя сообщества ВКонтакте',
  email: 'Адрес электронной почты, а не ссылка на сообщество',
} as const;

/** Why a line that parsed is still not added: what VK answered, or the list already has it. */
export const RESOLVE_REASONS = {
  notFound: 'Такой страницы ВКонтакте нет',
  notCommunity: 'Это не сообщество (приложение или другой объект ВКонтакте)',
  already: 'Уже есть в списке',
  skipped: 'Строка пропущена',
} as const;

const VK_HOSTS = new Set(['vk.com', 'vk.ru', 'vkontakte.ru']);

/** First path segments that are VK's own pages, never a community's screen name. */
const SERVICE_PATHS = new Set(
  `
  feed im apps search wall friends groups audio audios video videos music settings login
  join support dev ads about blog terms docs stories clips services market games bookmarks
  fave notifications edit messages photos albums gifts mail write away.php share.php restore
  help legal privacy verify podcasts live pay vkpay calls discover
  `
    .trim()
    .split(/\s+/),
);

/** Top-level domains that make a bare word a website address rather than a VK screen name. */
const SITE_TLDS = new Set('ru su рф рус com org net info edu gov biz online site'.split(' '));

const SCREEN_NAME = /^[a-z0-9_.]{2,32}$/;

/** Quotes, brackets and punctuation a letter or a spreadsheet leaves around a reference. */
const LEADING_JUNK = /^[\s"'«»“”„`<([{]+/;
const TRAILING_JUNK = /[\s"'«»“”„`>)\]}.,;:!?]+$/;

export function parsePageRef(text: string): PageRef {
  const cleaned = text.replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '');
  if (cleaned === '') return { kind: 'invalid', reason: REF_REASONS.empty };
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/.]+$/.test(cleaned)) return { kind: 'invalid', reason: REF_REASONS.email };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(cleaned) || /^www\./i.test(cleaned)) return parseUrl(cleaned);
  // A slash, or a dot with a site's TLD, makes a bare host: "vk.com/club1", "school5.ru".
  const firstPart = cleaned.split(/[/?#]/, 1)[0] ?? '';
  const tld = firstPart.includes('.') ? firstPart.slice(firstPart.lastIndexOf('.') + 1).toLowerCase() : '';
  if (SITE_TLDS.has(tld) || (cleaned.includes('/') && firstPart.includes('.'))) {
    return parseUrl(`https://${cleaned}`);
  }
  const spaced = /^(club|public|event)\s+(\d+)$/i.exec(cleaned);
  if (spaced) return groupRef(spaced[2] ?? '');
  return parseSegment(cleaned.replace(/^@/, ''));
}

function parseUrl(text: string): PageRef {
  let url: URL;
  try {
    url = new URL(text.replace(/^www\./i, 'https://www.'));
  } catch {
    return { kind: 'invalid', reason: REF_REASONS.notRef };
  }
  const host = url.hostname.toLowerCase().replace(/^(www|m|new)\./, '');
  if (!VK_HOSTS.has(host)) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return { kind: 'invalid', reason: REF_REASONS.notRef };
    return { kind: 'external', url: url.href, reason: REF_REASONS.external };
  }
  const segment = safeDecode(url.pathname.split('/').filter(Boolean)[0] ?? '');
  if (segment === '') return { kind: 'invalid', reason: REF_REASONS.home };
  if (segment.toLowerCase() === 'away.php') {
    const target = url.searchParams.get('to');
    if (target) return { kind: 'external', url: target, reason: REF_REASONS.external };
  }
  return parseSegment(segment);
}

/** One path segment (or a bare word): clubN, idN, wall-N_M, a screen name or a service page. */
function parseSegment(raw: string): PageRef {
  const segment = raw.toLowerCase();
  if (/^-?\d+$/.test(segment)) return groupRef(segment.replace('-', ''));
  const group = /^(?:club|public|event)(\d+)$/.exec(segment);
  if (group) return groupRef(group[1] ?? '');
  const user = /^id(\d+)$/.exec(segment);
  if (user) return { kind: 'user', id: Number(user[1]), reason: REF_REASONS.user };
  // Content links name their owner: a minus sign marks a community, none a person.
  const owned = /^(?:wall|photo|video|album|topic|market|clip)(-?)(\d+)(?:_\d+)?$/.exec(segment);
  if (owned) {
    if (owned[1] === '-') return groupRef(owned[2] ?? '');
    return { kind: 'user', id: Number(owned[2]), reason: REF_REASONS.user };
  }
  if (SERVICE_PATHS.has(segment) || /^app\d+/.test(segment)) {
    return { kind: 'invalid', reason: `Служебная страница ВКонтакте («${segment}»), а не сообщество` };
  }
  if (SCREEN_NAME.test(segment) && !/^[\d.]+$/.test(segment)) return { kind: 'screen', name: segment };
  return { kind: 'invalid', reason: REF_REASONS.notRef };
}

/** decodeURIComponent that leaves a malformed escape as it is instead of throwing. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function groupRef(digits: string): PageRef {
  const id = Number(digits);
  if (!Number.isSafeInteger(id) || id <= 0) return { kind: 'invalid', reason: REF_REASONS.zero };
  return { kind: 'group', id };
}

export interface PastedRef {
  /** The piece of text as found (punctuation included). */
  raw: string;
  ref: PageRef;
}

/**
 * Splits text pasted from a letter into references: commas, semicolons, whitespace and the Russian
 * words around them separate them. Plain words are dropped; anything that looks like a link is kept
 * even when it does not parse, so a broken link is reported rather than lost. E-mail addresses (the
 * letter's signature) are dropped. A bare number is taken for an id: the preview shows it.
 */
export function splitPastedRefs(text: string): PastedRef[] {
  const joined = text.replace(/\b(club|public|event)\s+(\d+)/gi, '$1$2');
  const result: PastedRef[] = [];
  for (const raw of joined.split(/[\s,;]+/)) {
    if (raw === '') continue;
    const ref = parsePageRef(raw);
    const email = ref.kind === 'invalid' && ref.reason === REF_REASONS.email;
    if (ref.kind !== 'invalid' || (looksLikeLink(raw) && !email)) result.push({ raw, ref });
  }
  return result;
}

function looksLikeLink(raw: string): boolean {
  return /[/@]|^\W*-?\d|vk\.|vkontakte\./i.test(raw) && /[a-z0-9]/i.test(raw);
}

/** The canonical link shown and exported for a community reference. */
export function refUrl(ref: CommunityRef): string {
  return ref.kind === 'group' ? `https://vk.com/club${ref.id}` : `https://vk.com/${ref.name}`;
}
