import { useActiveVkuiLocation } from '@vkontakte/vk-mini-apps-router';
import { SplitCol, SplitLayout, View } from '@vkontakte/vkui';
import { GuardedPanel } from './GuardedPanel';
import { HomePanel } from './panels/HomePanel';
import { HistoryPanel } from './panels/HistoryPanel';
import { PlanPanel } from './panels/PlanPanel';
import { RepliesPanel } from './panels/RepliesPanel';
import { ChildrenPostersPanel, PosterPanel } from './panels/PosterPanel';
import { ChildPanel } from './panels/ChildPanel';
import { ChildrenPanel } from './panels/ChildrenPanel';
import { GiveawayCreatePanel } from './panels/GiveawayCreatePanel';
import { GiveawayPanel } from './panels/GiveawayPanel';
import { GiveawaysPanel } from './panels/GiveawaysPanel';
import { GiveawayVerifyPanel } from './panels/GiveawayVerifyPanel';
import { LeaderboardPanel } from './panels/LeaderboardPanel';
import { LeaderboardSettingsPanel } from './panels/LeaderboardSettingsPanel';
import { PagePanel } from './panels/PagePanel';
import { QuizCreatePanel } from './panels/QuizCreatePanel';
import { QuizPanel } from './panels/QuizPanel';
import { QuizSeriesCreatePanel, QuizSeriesPanel } from './panels/QuizSeriesPanel';
import { QuizzesPanel } from './panels/QuizzesPanel';
import { MAIN_VIEW, PANELS } from './routes';

export function Layout() {
  const { panel = PANELS.HOME } = useActiveVkuiLocation();
  return (
    <SplitLayout center>
      {/* The screen's one `main` landmark: every panel (its h1 included) lives inside it. */}
      <SplitCol role="main" autoSpaced maxWidth={760} width="100%" stretchedOnMobile>
        {/* Each panel stands behind its own error boundary (GuardedPanel): one failing keeps the rest. */}
        <View id={MAIN_VIEW} activePanel={panel}>
          <GuardedPanel id={PANELS.HOME} panel={HomePanel} />
          <GuardedPanel id={PANELS.PAGE} panel={PagePanel} />
          <GuardedPanel id={PANELS.CHILDREN} panel={ChildrenPanel} />
          <GuardedPanel id={PANELS.CHILD} panel={ChildPanel} />
          <GuardedPanel id={PANELS.GIVEAWAYS} panel={GiveawaysPanel} />
          <GuardedPanel id={PANELS.GIVEAWAY_NEW} panel={GiveawayCreatePanel} />
          <GuardedPanel id={PANELS.GIVEAWAY} panel={GiveawayPanel} />
          <GuardedPanel id={PANELS.GIVEAWAY_ON_POST} panel={GiveawayPanel} />
          <GuardedPanel id={PANELS.GIVEAWAY_VERIFY} panel={GiveawayVerifyPanel} />
          <GuardedPanel id={PANELS.GIVEAWAY_ON_POST_VERIFY} panel={GiveawayVerifyPanel} />
          <GuardedPanel id={PANELS.QUIZZES} panel={QuizzesPanel} />
          <GuardedPanel id={PANELS.QUIZ_NEW} panel={QuizCreatePanel} />
          <GuardedPanel id={PANELS.QUIZ} panel={QuizPanel} />
          <GuardedPanel id={PANELS.QUIZ_ON_POST} panel={QuizPanel} />
          <GuardedPanel id={PANELS.QUIZ_SERIES_NEW} panel={QuizSeriesCreatePanel} />
          <GuardedPanel id={PANELS.QUIZ_SERIES} panel={QuizSeriesPanel} />
          <GuardedPanel id={PANELS.LEADERBOARD} panel={LeaderboardPanel} />
          <GuardedPanel id={PANELS.LEADERBOARD_WITH_RULES} panel={LeaderboardPanel} />
          <GuardedPanel id={PANELS.LEADERBOARD_SETTINGS} panel={LeaderboardSettingsPanel} />
          <GuardedPanel id={PANELS.HISTORY} panel={HistoryPanel} />
          <GuardedPanel id={PANELS.REPLIES} panel={RepliesPanel} />
          <GuardedPanel id={PANELS.PLAN} panel={PlanPanel} />
          <GuardedPanel id={PANELS.POSTER} panel={PosterPanel} />
          <GuardedPanel id={PANELS.CHILDREN_POSTERS} panel={ChildrenPostersPanel} />
        </View>
      </SplitCol>
    </SplitLayout>
  );
}
