// Previous / next child in the order the supervisor's table showed them.
import { Button, ButtonGroup, Div, Footnote } from '@vkontakte/vkui';
import { useSupervisor } from './useSupervisor';

interface Props {
  parentId: number | null;
  tryCommunity: boolean;
  childId: number;
  onStep: (childId: number) => void;
}

export function ChildStepper({ parentId, tryCommunity, childId, onStep }: Props) {
  const [state] = useSupervisor(parentId, tryCommunity);
  const order = state.viewOrder.length > 0 ? state.viewOrder : state.entries.map((entry) => entry.id);
  const index = order.indexOf(childId);
  if (index < 0) return null;
  const previous = order[index - 1];
  const next = order[index + 1];
  return (
    <Div>
      <ButtonGroup mode="horizontal" gap="m" stretched>
        <Button
          size="m"
          mode="secondary"
          disabled={previous === undefined}
          onClick={() => previous !== undefined && onStep(previous)}
          data-testid="child-previous"
        >
          ← Предыдущая
        </Button>
        <Button
          size="m"
          mode="secondary"
          disabled={next === undefined}
          onClick={() => next !== undefined && onStep(next)}
          data-testid="child-next"
        >
          Следующая →
        </Button>
      </ButtonGroup>
      <Footnote style={{ textAlign: 'center', marginTop: 4 }}>
        {index + 1} из {order.length}
      </Footnote>
    </Div>
  );
}
