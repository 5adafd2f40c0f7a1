import { useParams, useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Panel, PanelHeader, PanelHeaderBack } from '@vkontakte/vkui';
import { canManage } from '../../core/roles';
import { ScreenTitle } from '../../shared/ScreenTitle';
import { DemoNotice } from '../DemoNotice';
import { CreateSeries, Series } from '../lazyFeatures';
import { seriesPath } from '../routes';
import { useServices } from '../../shared/services';
import { QuizNotManager } from './QuizzesPanel';

/** A new comment-quiz series: its title; the questions are added on the series' own screen. */
export function QuizSeriesCreatePanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const { launch } = useServices();
  return (
    <Panel id={id}>
      <PanelHeader before={<PanelHeaderBack onClick={() => void navigator.back()} />}>
        <ScreenTitle>Вопросы в комментариях</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      {launch.groupId !== null && canManage(launch.role) ? (
        <CreateSeries
          groupId={launch.groupId}
          onCreated={(series) => void navigator.replace(seriesPath(series.id))}
        />
      ) : (
        <QuizNotManager />
      )}
    </Panel>
  );
}

/** One series: its question posts, the check of the answers, the standings. */
export function QuizSeriesPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const params = useParams<'id'>();
  const { launch } = useServices();
  const seriesId = params?.id ?? '';
  return (
    <Panel id={id}>
      <PanelHeader before={<PanelHeaderBack onClick={() => void navigator.back()} />}>
        <ScreenTitle>Вопросы в комментариях</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      {launch.groupId !== null && canManage(launch.role) ? (
        <Series key={seriesId} groupId={launch.groupId} id={seriesId} />
      ) : (
        <QuizNotManager />
      )}
    </Panel>
  );
}
