// The quiz's data layer contract: what the screens call, what VK and the storages hold.
// Implementations: store.ts (community and user storage), lifecycle.ts (create, bind, score, publish),
// find.ts (the published comments), entry.ts (a subscriber's sealed entry), series.ts (the classic
// quiz in comments), posts.ts (photos for the questions).
import type {
  AnswerKey,
  PostRef,
  QuizAnswers,
  QuizDefinition,
  QuizQuestion,
  QuizScore,
} from '../../core/quiz/types';

/** The admin's private record, kept in the page's community storage under `qz_<id>`. */
export interface QuizRecord {
  definition: QuizDefinition;
  key: AnswerKey;
  /** Never shown to anyone before the results. */
  privateKeyJwk: JsonWebKey;
  /** Null until the admin binds the published quiz post. */
  postRef: PostRef | null;
  /** The bound post's text carries this quiz's QZK1 line; false = the definition comment only. */
  keyInPost: boolean;
  /** The community's definition comment (part 1, top level); null until published. */
  definitionCommentId: number | null;
  /**
   * Definition comments published so far: part 1, then its replies (parts 2..k, k from
   * definitionPartCount). Below k the quiz is still a draft and binding again resumes.
   */
  definitionPartsPosted: number;
  createdAt: number;
  results: StoredQuizResults | null;
}

export interface StoredQuizResults {
  scoredAt: number;
  /**
   * Kept under its own key (`qzsc_<id>`). When `truncated`, only the first 500 results (places in
   * order) and no rejections: the whole score did not fit in VK Storage.
   */
  score: QuizScore;
  /** The whole score's sizes, whatever was kept. */
  counts: { entries: number; rejected: number };
  truncated: boolean;
  /** Null until the results comment is published. */
  resultsCommentId: number | null;
}

/** What the admin fills in on the create form. */
export interface QuizDraft {
  title: string;
  prize: string;
  questions: (QuizQuestion & { correct: number })[];
  secondsPerQuestion: number;
  opensAt: number;
  closesAt: number;
  /** Bound now (an existing post) or later (the quiz post is published first). */
  postRef: PostRef | null;
}

export type QuizPhase =
  /** Created; the quiz post is not bound yet (or its definition comments not all published). */
  | 'draft'
  /** Bound; entries open at opensAt. */
  | 'scheduled'
  | 'open'
  /** closesAt passed; the admin can score. */
  | 'closed'
  /** Scored; the results comment is not published yet. */
  | 'scored'
  | 'published';

/** A published top entry, as the results comment lists it. */
export interface PublishedTopEntry {
  userId: number;
  correct: number;
  timeMs: number;
  place: number;
}

/** The quiz as anyone can read it from the community's own comments under the post. */
export interface PublishedQuiz {
  definition: QuizDefinition;
  postRef: PostRef;
  /** The definition comment's date (unix). */
  definedAt: number;
  /** The post's QZK1 line matched; false = the key comes from the definition comment only. */
  keyInPost: boolean;
  results: PublishedQuizResults | null;
}

export interface PublishedQuizResults {
  key: AnswerKey;
  privateKeyJwk: JsonWebKey;
  top: PublishedTopEntry[];
  publishedAt: number;
}

/**
 * A subscriber's attempt between «Начать» and the stored entry, kept in their VK Storage under
 * `qzpr_<id>` and rewritten after every answer: a reload resumes it, never starts afresh.
 */
export interface QuizAttempt {
  quizId: string;
  /** Unix seconds, when «Начать» was tapped. */
  startedAt: number;
  /** The answers so far (a prefix of the questions). */
  answers: QuizAnswers;
}

/** A subscriber's own entry, kept in their VK Storage under `qzme_<id>` before it is posted. */
export interface MyQuizEntry {
  quizId: string;
  answers: QuizAnswers;
  sealedLine: string;
  /** Null until the comment is posted (by the app, or pasted by hand and marked). */
  postedCommentId: number | null;
  enteredAt: number;
}

/** The viewer's standing once the results are published. */
export interface MyQuizResult {
  correct: number;
  timeMs: number;
  /** Null when the entry did not count (posted late, not found, a second entry…). */
  place: number | null;
  /**
   * When the entry did not count: the scorer's reason for the viewer's comment (docs/quiz.md,
   * "Scoring"), or null when the comment is not among the entries (deleted, never posted).
   */
  reason?: string | null;
}

/** The sent entry (`entry`: as stored now, posted or not). */
export type SubmitResult =
  | { posted: true; commentId: number; entry: MyQuizEntry }
  | { posted: false; line: string; reason: 'refused' | 'failed'; entry: MyQuizEntry };

/**
 * submitEntry's steps, each heard as it starts: the entry sealed and stored, the comment posted, the
 * entry recorded as posted.
 */
export type SubmitStep = 'save' | 'post' | 'mark';

/** Reading comments: how many of `total` (VK's count, replies included) are read. */
export interface QuizProgress {
  done: number;
  total: number | null;
}
