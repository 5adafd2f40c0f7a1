// The quiz screens, loaded as one lazy chunk (src/app/lazyFeatures.tsx).
export { QuizzesContent } from './QuizzesContent';
export { CreateQuiz } from './CreateQuiz';
export { QuizContent } from './QuizContent';
export { PublishedQuizzes } from './PublishedQuizzes';
export { CreateSeries } from './series/CreateSeries';
export { SeriesContent } from './series/SeriesContent';
