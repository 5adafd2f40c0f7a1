import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { CellButton, Group, Panel, PanelHeader } from '@vkontakte/vkui';
import { MyPages, MyRatingCard, PublishedGiveaways, PublishedQuizzes, Scorecard } from '../lazyFeatures';
import { LEADERBOARD_PATH, giveawayPath, leaderboardPath, quizPath } from '../routes';
import { canManage } from '../../vk/launch-params';
import { DemoNotice } from '../DemoNotice';
import { useServices } from '../services';

/** The first screen depends on who opened the app, and from where (docs: DESIGN.md, "doors"). */
export function HomePanel({ id }: { id: string }) {
  return (
    <Panel id={id}>
      <PanelHeader>Пульс госпаблика</PanelHeader>
      <DemoNotice />
      <HomeContent />
    </Panel>
  );
}

function HomeContent() {
  const { launch } = useServices();
  const navigator = useRouteNavigator();
  const toChildren = (
    <Group>
      <CellButton onClick={() => void navigator.push('/children')} data-testid="open-children">
        Подведомственные страницы
      </CellButton>
    </Group>
  );
  if (launch.groupId !== null && canManage(launch.role)) {
    return (
      <>
        <Group>
          <CellButton onClick={() => void navigator.push('/children')} data-testid="open-children">
            Подведомственные страницы
          </CellButton>
          <CellButton onClick={() => void navigator.push('/giveaways')} data-testid="giveaways-open">
            Розыгрыши
          </CellButton>
          <CellButton onClick={() => void navigator.push('/quizzes')} data-testid="quizzes-open">
            Викторины
          </CellButton>
          <CellButton onClick={() => void navigator.push(LEADERBOARD_PATH)} data-testid="leaderboard-open">
            Рейтинг подписчиков (Колизей)
          </CellButton>
        </Group>
        <Scorecard groupId={launch.groupId} canManage />
      </>
    );
  }
  if (launch.groupId !== null) {
    // Members and visitors: the page's giveaways and quizzes they can take part in, then their place
    // in the subscribers' rating.
    return (
      <>
        <PublishedGiveaways
          groupId={launch.groupId}
          onOpen={(giveawayId, postRef) => void navigator.push(giveawayPath(giveawayId, postRef))}
        />
        <PublishedQuizzes
          groupId={launch.groupId}
          onOpen={(quizId, postRef) => void navigator.push(quizPath(quizId, postRef))}
        />
        <MyRatingCard
          groupId={launch.groupId}
          userId={launch.userId}
          role={launch.role}
          // The card scores with the rules a link brought this session; the table opens with the same.
          onOpen={(rules) => void navigator.push(leaderboardPath(rules))}
        />
      </>
    );
  }
  // Outside a community: the supervisor's door, the pages I administer.
  return (
    <>
      {toChildren}
      <MyPages onOpenPage={(groupId) => void navigator.push(`/page/${groupId}`)} />
    </>
  );
}
