// Features load on demand: the initial bundle holds only the shell, so the first screen appears
// sooner and each feature's weight is paid only by those who open it (see npm run bench).
import { PanelSpinner } from '@vkontakte/vkui';
import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';

function withSuspense<P extends object>(Lazy: ComponentType<P>) {
  return function Loaded(props: P) {
    return (
      <Suspense fallback={<PanelSpinner aria-label="Загружаем" />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

const LazyScorecard = lazy(() =>
  import('../features/scorecard/ScorecardPanel').then((module) => ({ default: module.ScorecardContent })),
);
const LazyMyPages = lazy(() =>
  import('../features/my-pages/MyPages').then((module) => ({ default: module.MyPages })),
);

export const Scorecard = withSuspense<ComponentProps<typeof LazyScorecard>>(LazyScorecard);
export const MyPages = withSuspense<ComponentProps<typeof LazyMyPages>>(LazyMyPages);

const LazySupervisor = lazy(() =>
  import('../features/supervisor/SupervisorContent').then((module) => ({
    default: module.SupervisorContent,
  })),
);
const LazyChildStepper = lazy(() =>
  import('../features/supervisor/ChildStepper').then((module) => ({ default: module.ChildStepper })),
);

export const Supervisor = withSuspense<ComponentProps<typeof LazySupervisor>>(LazySupervisor);
export const ChildStepper = withSuspense<ComponentProps<typeof LazyChildStepper>>(LazyChildStepper);

// The giveaway screens share one chunk (the core's SHA-256 and protocol come with them).
const giveaways = () => import('../features/giveaways');
const LazyGiveaways = lazy(() => giveaways().then((module) => ({ default: module.GiveawaysContent })));
const LazyCreateGiveaway = lazy(() => giveaways().then((module) => ({ default: module.CreateGiveaway })));
const LazyGiveaway = lazy(() => giveaways().then((module) => ({ default: module.GiveawayContent })));
const LazyVerifyGiveaway = lazy(() => giveaways().then((module) => ({ default: module.VerifyContent })));
const LazyPublishedGiveaways = lazy(() =>
  giveaways().then((module) => ({ default: module.PublishedGiveaways })),
);

export const Giveaways = withSuspense<ComponentProps<typeof LazyGiveaways>>(LazyGiveaways);
export const CreateGiveaway = withSuspense<ComponentProps<typeof LazyCreateGiveaway>>(LazyCreateGiveaway);
export const Giveaway = withSuspense<ComponentProps<typeof LazyGiveaway>>(LazyGiveaway);
export const VerifyGiveaway = withSuspense<ComponentProps<typeof LazyVerifyGiveaway>>(LazyVerifyGiveaway);
export const PublishedGiveaways =
  withSuspense<ComponentProps<typeof LazyPublishedGiveaways>>(LazyPublishedGiveaways);

// The quiz screens share one chunk (WebCrypto sealing, the protocol texts, the timer).
const quizzes = () => import('../features/quizzes');
const LazyQuizzes = lazy(() => quizzes().then((module) => ({ default: module.QuizzesContent })));
const LazyCreateQuiz = lazy(() => quizzes().then((module) => ({ default: module.CreateQuiz })));
const LazyQuiz = lazy(() => quizzes().then((module) => ({ default: module.QuizContent })));
const LazyPublishedQuizzes = lazy(() => quizzes().then((module) => ({ default: module.PublishedQuizzes })));
const LazyCreateSeries = lazy(() => quizzes().then((module) => ({ default: module.CreateSeries })));
const LazySeries = lazy(() => quizzes().then((module) => ({ default: module.SeriesContent })));

export const Quizzes = withSuspense<ComponentProps<typeof LazyQuizzes>>(LazyQuizzes);
export const CreateQuiz = withSuspense<ComponentProps<typeof LazyCreateQuiz>>(LazyCreateQuiz);
export const Quiz = withSuspense<ComponentProps<typeof LazyQuiz>>(LazyQuiz);
export const PublishedQuizzes =
  withSuspense<ComponentProps<typeof LazyPublishedQuizzes>>(LazyPublishedQuizzes);
export const CreateSeries = withSuspense<ComponentProps<typeof LazyCreateSeries>>(LazyCreateSeries);
export const Series = withSuspense<ComponentProps<typeof LazySeries>>(LazySeries);

// The leaderboard screens and the home card share one chunk (scoring, the widget code).
const leaderboard = () => import('../features/leaderboard');
const LazyLeaderboard = lazy(() => leaderboard().then((module) => ({ default: module.LeaderboardContent })));
const LazyLeaderboardSettings = lazy(() =>
  leaderboard().then((module) => ({ default: module.LeaderboardSettings })),
);
const LazyMyRatingCard = lazy(() => leaderboard().then((module) => ({ default: module.MyRatingCard })));

export const Leaderboard = withSuspense<ComponentProps<typeof LazyLeaderboard>>(LazyLeaderboard);
export const LeaderboardSettings =
  withSuspense<ComponentProps<typeof LazyLeaderboardSettings>>(LazyLeaderboardSettings);
export const MyRatingCard = withSuspense<ComponentProps<typeof LazyMyRatingCard>>(LazyMyRatingCard);

// History and best time: its own chunk (three months of posts, the charts).
const LazyHistory = lazy(() =>
  import('../features/history').then((module) => ({ default: module.HistoryContent })),
);
export const History = withSuspense<ComponentProps<typeof LazyHistory>>(LazyHistory);

// QR posters: one chunk with vk-qr, for a page and for the supervisor's list.
const posters = () => import('../features/posters');
const LazyPoster = lazy(() => posters().then((module) => ({ default: module.PosterContent })));
const LazyChildrenPosters = lazy(() => posters().then((module) => ({ default: module.ChildrenPosters })));
export const Poster = withSuspense<ComponentProps<typeof LazyPoster>>(LazyPoster);
export const ChildrenPosters = withSuspense<ComponentProps<typeof LazyChildrenPosters>>(LazyChildrenPosters);
