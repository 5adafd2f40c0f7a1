// A comment as every reader of comments keeps it (giveaways, quizzes, the leaderboard, the
// monitoring ER): wall.getComments' fields, threads flattened.

/** One comment under a post (top level or a thread reply). */
export interface WallComment {
  id: number;
  /** Negative for a community. */
  fromId: number;
  date: number;
  text: string;
  /** Set on thread replies: VK prefixes such a reply with a mention of this user by itself. */
  replyToUser: number | null;
}

/** A comment with its place in the comments: which thread it is in, and whether it was deleted. */
export interface ThreadedComment extends WallComment {
  /** Null at the top level; a reply's top-level comment (VK's parents_stack[0]). */
  threadId: number | null;
  /** VK still lists a deleted comment that has replies, with an empty text. */
  deleted: boolean;
}
