// Features load on demand: the initial bundle holds only the shell, so the first screen appears
// sooner and each feature's weight is paid only by those who open it (see npm run bench).
import { PanelSpinner } from '@vkontakte/vkui';
import { lazy, Suspense, type ComponentProps } from 'react';

const LazyScorecard = lazy(() =>
  import('../features/scorecard/ScorecardPanel').then((module) => ({ default: module.ScorecardContent })),
);

export function Scorecard(props: ComponentProps<typeof LazyScorecard>) {
  return (
    <Suspense fallback={<PanelSpinner aria-label="Загружаем" />}>
      <LazyScorecard {...props} />
    </Suspense>
  );
}
