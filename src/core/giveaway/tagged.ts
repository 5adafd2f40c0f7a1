// Who a commenter tagged (the giveaway's "tag N friends" condition): mentions of people only, over all
// of the author's comments (src/core/text/mentions.ts reads each text).

import { parseMentions } from '../text/mentions';
import type { GiveawayComment } from './types';

/** The text without VK's automatic "[id5|Имя], " prefix of a reply to user 5. */
function withoutAutoMention(comment: GiveawayComment): string {
  if (comment.replyToUser === null || comment.replyToUser <= 0) return comment.text;
  const prefix = new RegExp(`^\\[id${comment.replyToUser}(?::[^|\\]\\n]*)?\\|[^\\]\\n]*\\]`);
  const match = prefix.exec(comment.text);
  return match ? comment.text.slice(match[0].length) : comment.text;
}

/**
 * Distinct users the author tagged across all of their comments (top level and thread replies):
 * without the author themselves, communities, names that resolve to nobody, and the leading
 * auto-mention of the user a reply answers (a later mention of that user does count).
 */
export function taggedBy(
  authorId: number,
  comments: readonly GiveawayComment[],
  screenNames: ReadonlyMap<string, number | null>,
): Set<number> {
  const tagged = new Set<number>();
  for (const comment of comments) {
    if (comment.fromId !== authorId) continue;
    const mentions = parseMentions(withoutAutoMention(comment));
    for (const id of mentions.userIds) tagged.add(id);
    for (const name of mentions.screenNames) {
      const id = screenNames.get(name);
      if (id !== undefined && id !== null && id > 0) tagged.add(id);
    }
  }
  tagged.delete(authorId);
  return tagged;
}
