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
