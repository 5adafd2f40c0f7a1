// «План публикаций»: for the rest of the month, how many own posts each period still needs and on
// which days and hour; what to write about for the institution's sphere, each idea one tap from a
// draft and from VK's own post box (docs/plan.md).
import { nextPlanAction, slotText } from '../../core/plan';
import { ErrorBlock } from '../../shared/ErrorBlock';
import { LoadView } from '../../shared/LoadView';
import { describeVkError } from '../../shared/vk-error-text';
import { HowToSchedule } from './components/HowToSchedule';
import { IdeasSection } from './components/IdeasSection';
import { PeriodsSection, PlanSummary } from './components/PlanSummary';
import { usePlan } from './usePlan';
import './plan.css';

export interface PlanContentProps {
  groupId: number;
  /** The viewer manages the page: its scheduled posts are read too. */
  canManage: boolean;
}

/** Scrolls to the topics and puts the focus on the first, so a keyboard or screen reader lands there too. */
function chooseTopic(): void {
  const first = document.querySelector<HTMLElement>('[data-testid="plan-ideas"] [data-testid^="plan-idea-"]');
  first?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  first?.focus({ preventScroll: true });
}

export function PlanContent({ groupId, canManage }: PlanContentProps) {
  const { load, plan, refresh, pickSphere } = usePlan(groupId, canManage);
  return (
    <LoadView
      load={load}
      loadingLabel="Читаем посты страницы за три месяца"
      loadingTestId="plan-loading"
      renderError={(error, retry) => (
        <ErrorBlock text={describeVkError(error)} onRetry={retry} testId="plan-error" />
      )}
    >
      {(data) => {
        if (!plan) return null;
        const next = nextPlanAction(plan.plan)?.suggested[0];
        return (
          <div data-testid="plan">
            <PlanSummary plan={plan.plan} scheduled={data.scheduled} onChooseTopic={() => chooseTopic()} />
            <IdeasSection
              groupId={groupId}
              view={plan}
              nextSlot={next ? slotText(next) : null}
              onPickSphere={pickSphere}
              onPosted={() => void refresh()}
            />
            <PeriodsSection plan={plan.plan} />
            <HowToSchedule />
          </div>
        );
      }}
    </LoadView>
  );
}
