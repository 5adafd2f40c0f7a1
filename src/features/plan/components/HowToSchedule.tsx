import { Div, Group, Header } from '@vkontakte/vkui';
import { HOW_TO_SCHEDULE } from '../text';

/** Scheduling stays VK's own: how to put a post in its queue, step by step. */
export function HowToSchedule() {
  return (
    <Group header={<Header multiline>Как отложить запись</Header>} data-testid="plan-how">
      <Div>
        <ol className="plan-steps">
          {HOW_TO_SCHEDULE.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </Div>
    </Group>
  );
}
