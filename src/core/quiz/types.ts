// The quiz's data model, shared by the pure core (sealed-answer protocol, scoring, comment answers),
// the data layer and the screens. See docs/quiz.md.
import type { PostRef } from '../wall/post-link';

export type { PostRef };

export interface QuizQuestion {
  text: string;
  /** 2–6 options. */
  options: string[];
  /** A picture for the question (a photo URL from the page's posts), or null. */
  photo: string | null;
}

/**
 * The sealed-entry protocol of a quiz (docs/quiz.md): 1 = QZ1 (quizzes published before entries were
 * bound to their author), 2 = QZ2 (the entrant's VK user id is authenticated with the answers).
 */
export type QuizProtocol = 1 | 2;

/** What the public sees: published as the community's comments under the quiz post (QZD1, docs/quiz.md). */
export interface QuizDefinition {
  /** 8–16 characters of [A-Za-z0-9_-]. */
  id: string;
  /** The page running the quiz (positive). */
  groupId: number;
  title: string;
  prize: string;
  questions: QuizQuestion[];
  /** Seconds a subscriber has for each question (10–600). */
  secondsPerQuestion: number;
  /** Unix seconds: entries are accepted with a comment date in [opensAt, closesAt]. */
  opensAt: number;
  closesAt: number;
  /** base64url of the raw uncompressed P-256 public key (65 bytes). */
  publicKey: string;
  /** The entries' protocol: 2 for every new quiz; absent means 1 (quizzes published before QZ2). */
  protocol?: QuizProtocol;
}

/** The answer key: the index of the correct option of each question. */
export type AnswerKey = number[];

/** The decrypted content of a sealed entry. */
export interface QuizAnswers {
  /** The chosen option index per question; -1 when unanswered. */
  a: number[];
  /** Milliseconds spent on each question. */
  t: number[];
}

/** A comment as the scorer needs it (from wall.getComments, threads included). */
export interface QuizComment {
  id: number;
  fromId: number;
  date: number;
  text: string;
}

/** One user's scored entry. */
export interface QuizResult {
  userId: number;
  correct: number;
  /** Total of the entry's per-question times, ms. */
  timeMs: number;
  /** 1-based; equal correct, time and comment date share a place (1, 2, 2, 4). */
  place: number;
  /** The entry's comment (for tie-breaking and linking). */
  commentId: number;
  date: number;
}

export interface QuizRejection {
  commentId: number;
  reason: string;
}

export interface QuizScore {
  results: QuizResult[];
  rejected: QuizRejection[];
}

/** The classic quiz in comments: a question post and the answers accepted for it. */
export interface CommentQuestion {
  postRef: PostRef;
  /** Several spellings; compared after normalisation. */
  answers: string[];
}

export interface CommentQuestionWinner {
  postRef: PostRef;
  /** Null when nobody answered correctly. */
  userId: number | null;
  commentId: number | null;
  date: number | null;
}

export interface SeriesStanding {
  userId: number;
  /** Questions won (first correct answer). */
  wins: number;
  place: number;
}
