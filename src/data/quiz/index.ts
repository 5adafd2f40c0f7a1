// The quiz's data layer: what the screens call (see /docs/quiz.md).
export * from './types';
export { quizDeps, type QuizDeps } from './deps';
export { QuizError, quizErrorText, type QuizErrorKind } from './errors';
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
} from './find';
export { markPosted, myEntry, myResult, rescoreAll, submitEntry } from './entry';
export {
  createSeries,
  createSeriesStore,
  publishSeriesResults,
  scanSeries,
  type SeriesRecord,
  type SeriesStore,
} from './series';
