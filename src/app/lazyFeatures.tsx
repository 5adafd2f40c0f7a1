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
