// The quiz's data layer: what the screens call (see /docs/quiz.md).
export * from './types';
export { quizDeps, type QuizDeps } from './deps';
export { QuizError, type QuizErrorKind } from './errors';
export { createQuizStore, type QuizStore } from './store';
export {
  bindQuizPost,
  createQuiz,
  definitionPublished,
  phaseOf,
  publishQuizResults,
  scoreQuiz,
} from './lifecycle';
export { pagePhotos, type PagePhoto } from './posts';
export {
  findPublishedQuiz,
  listPublishedQuizzes,
  type BrokenQuizDefinition,
  type FindQuizOptions,
  type IgnoredQuizResults,
} from './find';
export {
  currentAttempt,
  findMyEntryComment,
  lostQuestion,
  markPosted,
  myEntry,
  myResult,
  recordAnswer,
  rescoreAll,
  resumeAttempt,
  startAttempt,
  submitEntry,
  withAnswer,
} from './entry';
export {
  createSeries,
  createSeriesStore,
  publishSeriesResults,
  scanSeries,
  seriesCommentsTotal,
  type SeriesRecord,
  type SeriesStore,
} from './series';
