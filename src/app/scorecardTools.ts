// Where the scorecard's tool buttons lead: the feature names the tool, the shell knows its route.
import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { useCallback } from 'react';
import type { ScorecardTool } from '../features/scorecard/actionTarget';
import { GIVEAWAY_NEW_PATH, historyPath, planPath, posterPath, QUIZ_NEW_PATH, repliesPath } from './routes';

export function useOpenScorecardTool(): (tool: ScorecardTool, groupId: number) => void {
  const navigator = useRouteNavigator();
  return useCallback(
    (tool, groupId) => {
      const path = {
        'quiz-new': QUIZ_NEW_PATH,
        'giveaway-new': GIVEAWAY_NEW_PATH,
        poster: posterPath(groupId),
        history: historyPath(groupId),
        replies: repliesPath(groupId),
        plan: planPath(groupId),
      }[tool];
      void navigator.push(path);
    },
    [navigator],
  );
}
