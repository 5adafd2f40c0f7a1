// Features load on demand: the initial bundle holds only the shell, so the first screen appears
// sooner and each feature's weight is paid only by those who open it (see npm run bench). Each one
// stands behind its own boundary (lazy-screen.tsx): a failed chunk or a render error stops that screen
// only, with «Повторить», which loads the chunk anew.
import { lazyScreen } from '../shared/lazy-screen';

export const Scorecard = lazyScreen(
  () => import('../features/scorecard/ScorecardPanel').then((module) => module.ScorecardContent),
  // The home's sections (giveaways, quizzes…) stay reachable when the scorecard cannot load.
  { alongside: (props) => props.sections },
);
export const MyPages = lazyScreen(() =>
  import('../features/my-pages/MyPages').then((module) => module.MyPages),
);

export const Supervisor = lazyScreen(() =>
  import('../features/supervisor/SupervisorContent').then((module) => module.SupervisorContent),
);
export const ChildStepper = lazyScreen(() =>
  import('../features/supervisor/ChildStepper').then((module) => module.ChildStepper),
);

// The giveaway screens share one chunk (the core's SHA-256 and protocol come with them).
const giveaways = () => import('../features/giveaways');
export const Giveaways = lazyScreen(() => giveaways().then((module) => module.GiveawaysContent));
export const CreateGiveaway = lazyScreen(() => giveaways().then((module) => module.CreateGiveaway));
export const Giveaway = lazyScreen(() => giveaways().then((module) => module.GiveawayContent));
export const VerifyGiveaway = lazyScreen(() => giveaways().then((module) => module.VerifyContent));
export const PublishedGiveaways = lazyScreen(() => giveaways().then((module) => module.PublishedGiveaways));

// The quiz screens share one chunk (WebCrypto sealing, the protocol texts, the timer).
const quizzes = () => import('../features/quizzes');
export const Quizzes = lazyScreen(() => quizzes().then((module) => module.QuizzesContent));
export const CreateQuiz = lazyScreen(() => quizzes().then((module) => module.CreateQuiz));
export const Quiz = lazyScreen(() => quizzes().then((module) => module.QuizContent));
export const PublishedQuizzes = lazyScreen(() => quizzes().then((module) => module.PublishedQuizzes));
export const CreateSeries = lazyScreen(() => quizzes().then((module) => module.CreateSeries));
export const Series = lazyScreen(() => quizzes().then((module) => module.SeriesContent));

// The leaderboard screens and the home card share one chunk (scoring, the widget code).
const leaderboard = () => import('../features/leaderboard');
export const Leaderboard = lazyScreen(() => leaderboard().then((module) => module.LeaderboardContent));
export const LeaderboardSettings = lazyScreen(() =>
  leaderboard().then((module) => module.LeaderboardSettings),
);
export const MyRatingCard = lazyScreen(() => leaderboard().then((module) => module.MyRatingCard));

// History and best time: its own chunk (three months of posts, the charts).
export const History = lazyScreen(() =>
  import('../features/history').then((module) => module.HistoryContent),
);

// «Ответы подписчикам»: its own chunk (the month's comments, the answer form).
export const Replies = lazyScreen(() =>
  import('../features/replies').then((module) => module.RepliesContent),
);

// «План публикаций»: its own chunk (the periods' days, the topic ideas, the drafts).
export const Plan = lazyScreen(() => import('../features/plan').then((module) => module.PlanContent));

// QR posters: one chunk with vk-qr, for a page and for the supervisor's list.
const posters = () => import('../features/posters');
export const Poster = lazyScreen(() => posters().then((module) => module.PosterContent));
export const ChildrenPosters = lazyScreen(() => posters().then((module) => module.ChildrenPosters));
