import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import {
  Icon28CrownOutline,
  Icon28GiftOutline,
  Icon28QuestionOutline,
  Icon28Users3Outline,
} from '@vkontakte/icons';
import { Group, Header, SimpleCell } from '@vkontakte/vkui';
import { MyPages, MyRatingCard, PublishedGiveaways, PublishedQuizzes, Scorecard } from '../lazyFeatures';
import {
  CHILDREN_PATH,
  giveawayPath,
  GIVEAWAYS_PATH,
  LEADERBOARD_PATH,
  leaderboardPath,
  pagePath,
  quizPath,
  QUIZZES_PATH,
} from '../routes';
import { canManage } from '../../core/roles';
import { useOpenScorecardTool } from '../scorecardTools';
import { useServices } from '../../shared/services';
import { childrenScopePath } from '../supervisorScope';
import { ScreenPanel } from '../ScreenPanel';

/** An admin's sections, below the scorecard's answer. */
const SECTIONS = [
  {
    path: CHILDREN_PATH,
    testId: 'open-children',
    icon: <Icon28Users3Outline />,
    title: 'Подведомственные страницы',
    subtitle: 'Кто из подведомственных не выполняет показатели и почему',
  },
  {
    path: GIVEAWAYS_PATH,
    testId: 'giveaways-open',
    icon: <Icon28GiftOutline />,
    title: 'Розыгрыши',
    subtitle: 'Честный розыгрыш среди подписчиков',
  },
  {
    path: QUIZZES_PATH,
    testId: 'quizzes-open',
    icon: <Icon28QuestionOutline />,
    title: 'Викторины',
    subtitle: 'Вопросы на время: подписчики отвечают в приложении',
  },
  {
    path: LEADERBOARD_PATH,
    testId: 'leaderboard-open',
    icon: <Icon28CrownOutline />,
    title: 'Рейтинг подписчиков (Колизей)',
    subtitle: 'Самые активные подписчики — в виджете на странице',
  },
] as const;

/** The first screen depends on who opened the app, and from where (docs: DESIGN.md, "doors"). */
export function HomePanel({ id }: { id: string }) {
  return (
    <ScreenPanel id={id} title="Пульс госпаблика" back={false}>
      <HomeContent />
    </ScreenPanel>
  );
}

function HomeContent() {
  const { launch } = useServices();
  const navigator = useRouteNavigator();
  const openTool = useOpenScorecardTool();
  if (launch.groupId !== null && canManage(launch.role)) {
    // The answer first; the app's sections come right after «Что сделать сегодня».
    const sections = (
      <Group header={<Header>Разделы</Header>}>
        {SECTIONS.map((section) => (
          <SimpleCell
            key={section.path}
            before={section.icon}
            subtitle={section.subtitle}
            multiline
            chevron="always"
            onClick={() => void navigator.push(section.path)}
            data-testid={section.testId}
          >
            {section.title}
          </SimpleCell>
        ))}
      </Group>
    );
    return <Scorecard groupId={launch.groupId} canManage onOpenTool={openTool} sections={sections} />;
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
  // Outside a community: the pages I administer, each with its list of subordinate pages, then the
  // personal list of a supervisor who administers none of the parent pages.
  return (
    <>
      <MyPages
        onOpenPage={(groupId) => void navigator.push(pagePath(groupId))}
        onOpenChildren={(groupId) => void navigator.push(childrenScopePath(CHILDREN_PATH, groupId))}
      />
      <Group>
        <SimpleCell
          before={<Icon28Users3Outline />}
          subtitle="Свой список подведомственных страниц, не связанный с сообществом: его видите только вы"
          multiline
          chevron="always"
          onClick={() => void navigator.push(CHILDREN_PATH)}
          data-testid="open-children"
        >
          Мой личный список
        </SimpleCell>
      </Group>
    </>
  );
}
