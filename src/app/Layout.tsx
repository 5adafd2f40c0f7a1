import { useActiveVkuiLocation } from '@vkontakte/vk-mini-apps-router';
import { SplitCol, SplitLayout, View, usePlatform } from '@vkontakte/vkui';
import { HomePanel } from './panels/HomePanel';
import { HistoryPanel } from './panels/HistoryPanel';
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
  const platform = usePlatform();
  return (
    <SplitLayout center>
      {/* The screen's one `main` landmark: every panel (its h1 included) lives inside it. */}
      <SplitCol role="main" autoSpaced={platform !== 'vkcom'} maxWidth={760} width="100%" stretchedOnMobile>
        <View id={MAIN_VIEW} activePanel={panel}>
          <HomePanel id={PANELS.HOME} />
          <PagePanel id={PANELS.PAGE} />
          <ChildrenPanel id={PANELS.CHILDREN} />
          <ChildPanel id={PANELS.CHILD} />
          <GiveawaysPanel id={PANELS.GIVEAWAYS} />
          <GiveawayCreatePanel id={PANELS.GIVEAWAY_NEW} />
          <GiveawayPanel id={PANELS.GIVEAWAY} />
          <GiveawayPanel id={PANELS.GIVEAWAY_ON_POST} />
          <GiveawayVerifyPanel id={PANELS.GIVEAWAY_VERIFY} />
          <GiveawayVerifyPanel id={PANELS.GIVEAWAY_ON_POST_VERIFY} />
          <QuizzesPanel id={PANELS.QUIZZES} />
          <QuizCreatePanel id={PANELS.QUIZ_NEW} />
          <QuizPanel id={PANELS.QUIZ} />
          <QuizPanel id={PANELS.QUIZ_ON_POST} />
          <QuizSeriesCreatePanel id={PANELS.QUIZ_SERIES_NEW} />
          <QuizSeriesPanel id={PANELS.QUIZ_SERIES} />
          <LeaderboardPanel id={PANELS.LEADERBOARD} />
          <LeaderboardPanel id={PANELS.LEADERBOARD_WITH_RULES} />
          <LeaderboardSettingsPanel id={PANELS.LEADERBOARD_SETTINGS} />
          <HistoryPanel id={PANELS.HISTORY} />
          <PosterPanel id={PANELS.POSTER} />
          <ChildrenPostersPanel id={PANELS.CHILDREN_POSTERS} />
        </View>
      </SplitCol>
    </SplitLayout>
  );
}
