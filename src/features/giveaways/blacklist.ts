// The organiser's private exclusions as typed: user ids or profile links, one per line (commas and
// spaces also separate). Anything that does not name a person is reported, never dropped silently.

export interface ParsedBlacklist {
  /** Distinct user ids, in input order. */
  ids: number[];
  /** The pieces that do not name a user (shown under the field). */
  invalid: string[];
}

const PROFILE_LINK =
  /^(?:https?:\/\/)?(?:(?:www|m)\.)?(?:vk\.com|vk\.ru|vkontakte\.ru)\/id(\d+)\/?(?:[?#].*)?$/i;
const BARE_ID = /^(?:id|@id|\*id)?(\d+)$/i;

/** A user id from "123", "id123", "@id123", "vk.com/id123", "https://m.vk.com/id123?…"; else null. */
export function parseUserRef(text: string): number | null {
  const trimmed = text.trim();
  const match = PROFILE_LINK.exec(trimmed) ?? BARE_ID.exec(trimmed);
  if (!match) return null;
  const id = Number(match[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export function parseBlacklist(text: string): ParsedBlacklist {
  const ids: number[] = [];
  const seen = new Set<number>();
  const invalid: string[] = [];
  for (const piece of text.split(/[\s,;]+/)) {
    if (piece === '') continue;
    const id = parseUserRef(piece);
    if (id === null) invalid.push(piece);
    else if (!seen.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  }
  return { ids, invalid };
}
