// The plan's answer first: one title, one line, where the hour comes from; then each period of the
// month in one status and one line, with the days the plan suggests.
import { Button, Div, Group, Header, Title } from '@vkontakte/vkui';
import { planPeriodWords, planSummaryWords, type PublicationPlan } from '../../../core/plan';
import { StatusMark, type Tone } from '../../../shared/StatusMark';
import type { PlanRead } from '../../../data/plan';
import { hourNote, SCHEDULED_NOTE } from '../text';

const TONE: Record<'todo' | 'late' | 'done' | 'none' | 'missed', Tone> = {
  todo: 'risk',
  late: 'bad',
  missed: 'bad',
  done: 'ok',
  none: 'unknown',
};

const SUMMARY_WORD: Record<'todo' | 'late' | 'done' | 'none', string> = {
  todo: 'Есть что запланировать',
  late: 'Срочно',
  done: 'По плану',
  none: 'Без нормы',
};

interface SummaryProps {
  plan: PublicationPlan;
  scheduled: PlanRead['scheduled'];
  /** Takes the clerk to the topics, where each one opens its draft. */
  onChooseTopic: () => void;
}

export function PlanSummary({ plan, scheduled, onChooseTopic }: SummaryProps) {
  const summary = planSummaryWords(plan);
  return (
    <Group>
      <Div data-testid="plan-summary" data-tone={summary.tone}>
        <StatusMark tone={TONE[summary.tone]}>{SUMMARY_WORD[summary.tone]}</StatusMark>
        <Title level="2" weight="2" className="plan-title" data-testid="plan-title">
          {summary.title}
        </Title>
        <p className="plan-line">{summary.detail}</p>
        <p className="plan-line plan-muted">{hourNote(plan.hour, plan.hourSource)}</p>
        {scheduled !== 'included' && <p className="plan-line plan-muted">{SCHEDULED_NOTE[scheduled]}</p>}
      </Div>
      {(summary.tone === 'todo' || summary.tone === 'late') && (
        <Div>
          <Button size="l" stretched onClick={onChooseTopic} data-testid="plan-choose-topic">
            Выбрать тему поста
          </Button>
        </Div>
      )}
    </Group>
  );
}

export function PeriodsSection({ plan }: { plan: PublicationPlan }) {
  return (
    <Group header={<Header multiline>По периодам мониторинга</Header>} data-testid="plan-periods">
      {plan.periods.map((period) => {
        const words = planPeriodWords(period);
        return (
          <Div key={period.index} className="plan-period" data-testid={`plan-period-${period.index}`}>
            <div className="plan-period__head">
              <span className="plan-period__range">{words.range}</span>
              <StatusMark tone={TONE[words.tone]}>{words.status}</StatusMark>
            </div>
            <p className="plan-line plan-muted">{words.detail}</p>
          </Div>
        );
      })}
    </Group>
  );
}
