// A child's screen in the supervisor's frame: previous / next in the order the table showed them,
// and the child's category as the supervisor's list has it (the scorecard is rendered by the app).
import type { MonitoringRead } from '../../data/monitoring';
import { Button, ButtonGroup, Div, Footnote } from '@vkontakte/vkui';
import { useState, type ReactNode } from 'react';
import type { Category } from '../../core/types';
import type { DatedSnapshot } from '../../data/page-snapshot';
import { describeVkError } from '../../shared/vk-error-text';
import { useSupervisor } from './useSupervisor';

export interface ListCategory {
  value: Category;
  onChange: (category: Category) => void;
}

interface Props {
  parentId: number | null;
  tryCommunity: boolean;
  childId: number;
  onStep: (childId: number) => void;
  /** Called after the page was taken off the list (the app goes back to the table). */
  onRemoved: () => void;
  /**
   * The child's scorecard, given the category from the list, the snapshot the refresh read and the
   * lists its «Уточнить» read, if any.
   */
  children: (
    category: ListCategory | undefined,
    known: DatedSnapshot | undefined,
    knownMonitoring: MonitoringRead | undefined,
  ) => ReactNode;
}

export function ChildStepper({ parentId, tryCommunity, childId, onStep, onRemoved, children }: Props) {
  const [state, session] = useSupervisor(parentId, tryCommunity);
  const [confirming, setConfirming] = useState(false);
  const entry = state.entries.find((e) => e.id === childId);
  const category: ListCategory | undefined = entry && {
    value: entry.category ?? 'active',
    onChange: (value) => void session.setCategory(childId, value),
  };
  const result = session.resultOf(childId);
  const known: DatedSnapshot | undefined =
    result?.status === 'ok' ? { snapshot: result.snapshot, fetchedAt: result.fetchedAt } : undefined;
  const order = state.viewOrder.length > 0 ? state.viewOrder : state.entries.map((entry) => entry.id);
  const index = order.indexOf(childId);

  const previous = order[index - 1];
  const next = order[index + 1];
  // One structure whether or not the list is open yet: the scorecard keeps its place (no remount,
  // no second read of the page).
  return (
    <>
      <Div style={index < 0 ? { display: 'none' } : undefined}>
        <ButtonGroup mode="horizontal" gap="m" stretched>
          <Button
            size="m"
            mode="secondary"
            stretched
            disabled={previous === undefined}
            onClick={() => previous !== undefined && onStep(previous)}
            data-testid="child-previous"
          >
            ← Предыдущая
          </Button>
          <Button
            size="m"
            mode="secondary"
            stretched
            disabled={next === undefined}
            onClick={() => next !== undefined && onStep(next)}
            data-testid="child-next"
          >
            Следующая →
          </Button>
        </ButtonGroup>
        <Footnote style={{ textAlign: 'center', marginTop: 4 }}>
          Страница {index + 1} из {order.length} в таблице
        </Footnote>
      </Div>
      {children(category, known, session.monitoringReadOf(childId))}
      <Div style={entry ? undefined : { display: 'none' }}>
        {state.saveError ? (
          <Footnote style={{ marginBottom: 8 }} data-testid="save-error">
            Изменение не сохранилось: {describeVkError(state.saveError).title.toLowerCase()}. Попробуйте ещё
            раз.
          </Footnote>
        ) : null}
        {confirming ? (
          <ButtonGroup mode="horizontal" gap="m">
            <Button
              size="m"
              appearance="negative"
              data-testid="child-remove-confirm"
              onClick={() => void session.remove(childId).then((saved) => saved && onRemoved())}
            >
              Да, убрать из списка
            </Button>
            <Button size="m" mode="secondary" onClick={() => setConfirming(false)}>
              Оставить
            </Button>
          </ButtonGroup>
        ) : (
          <Button size="m" mode="tertiary" appearance="negative" onClick={() => setConfirming(true)}>
            Убрать страницу из списка подведомственных
          </Button>
        )}
      </Div>
    </>
  );
}
