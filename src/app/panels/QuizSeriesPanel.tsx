import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { canManage } from '../../core/roles';
import { CreateSeries, Series } from '../lazyFeatures';
import { seriesPath } from '../routes';
import { useServices } from '../../shared/services';
import { QuizNotManager } from './QuizzesPanel';
import { ScreenPanel } from '../ScreenPanel';
import { usePanelParams } from '../usePanelParams';

/** A new comment-quiz series: its title; the questions are added on the series' own screen. */
export function QuizSeriesCreatePanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const { launch } = useServices();
  return (
    <ScreenPanel id={id} title="Вопросы в комментариях">
      {launch.groupId !== null && canManage(launch.role) ? (
        <CreateSeries
          groupId={launch.groupId}
          onCreated={(series) => void navigator.replace(seriesPath(series.id))}
        />
      ) : (
        <QuizNotManager />
      )}
    </ScreenPanel>
  );
}

/** One series: its question posts, the check of the answers, the standings. */
export function QuizSeriesPanel({ id }: { id: string }) {
  const params = usePanelParams<'id'>(id);
  const { launch } = useServices();
  const seriesId = params.id ?? '';
  return (
    <ScreenPanel id={id} title="Вопросы в комментариях">
      {launch.groupId !== null && canManage(launch.role) ? (
        <Series key={seriesId} groupId={launch.groupId} id={seriesId} />
      ) : (
        <QuizNotManager />
      )}
    </ScreenPanel>
  );
}
