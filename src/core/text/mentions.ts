// Who a text mentions. VK writes mentions as `[id123|Имя]` (also `[id123:bp-1_2_3|Имя]` in replies),
// or the author types `@name`, `*name`, `@id123`, `@name (Имя)`. Communities (`[club1|…]`,
// `[public1|…]`, `@club1`) are never user mentions; screen names still need resolving (a page's
// screen name resolves to no user).

export interface ParsedMentions {
  /** Distinct user ids named directly, in order of appearance. */
  userIds: number[];
  /** Distinct lower-cased screen names still to be resolved, in order of appearance. */
  screenNames: string[];
}

// One scan, left to right: a bracket mention, or an @/* mention not glued to a preceding word
// (so e-mail addresses like a@b.ru are not mentions). Screen names: 2–32 of [a-z0-9_.].
const MENTION =
  /\[(id|club|public|event)(\d+)(?::[^|\]\n]*)?\|[^\]\n]*\]|(?<![\p{L}\p{N}_.@*])[@*]([A-Za-z0-9_.]{2,32})(?![A-Za-z0-9_])/gu;
const COMMUNITY_NAME = /^(?:club|public|event)\d+$/;
const USER_ID_NAME = /^id(\d+)$/;

function positiveId(digits: string): number | null {
  const id = Number(digits);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export function parseMentions(text: string): ParsedMentions {
  const userIds = new Set<number>();
  const screenNames = new Set<string>();
  for (const match of text.matchAll(MENTION)) {
    const [, kind, digits, typed] = match;
    if (kind !== undefined && digits !== undefined) {
      const id = positiveId(digits);
      if (kind === 'id' && id !== null) userIds.add(id);
      continue;
    }
    if (typed === undefined) continue;
    // A sentence may end right after the name: "@durov." names "durov".
    const name = typed.toLowerCase().replace(/\.+$/, '');
    if (name.length < 2 || COMMUNITY_NAME.test(name)) continue;
    const direct = USER_ID_NAME.exec(name);
    if (direct) {
      const id = positiveId(direct[1]!);
      if (id !== null) userIds.add(id);
      continue;
    }
    screenNames.add(name);
  }
  return { userIds: [...userIds], screenNames: [...screenNames] };
}
