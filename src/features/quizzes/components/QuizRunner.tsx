// The timed quiz: one question at a time, a countdown per question read from the services' clock
// (tests drive it); on timeout the question counts as unanswered (-1) and the next one comes.
import { Button, Div, Group, Header, Progress } from '@vkontakte/vkui';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { QuizAnswers, QuizDefinition } from '../../../core/quiz';
import type { Clock } from '../../../vk/clock';

/** How often the countdown is redrawn (and a timeout noticed). */
export const TICK_MS = 200;

interface Props {
  definition: QuizDefinition;
  clock: Clock;
  onDone: (answers: QuizAnswers) => void;
}

export function QuizRunner({ definition, clock, onDone }: Props) {
  const limitMs = definition.secondsPerQuestion * 1000;
  const total = definition.questions.length;
  const [index, setIndex] = useState(0);
  const [startedAt, setStartedAt] = useState(() => clock.now());
  const [now, setNow] = useState(() => clock.now());
  const answers = useRef<QuizAnswers>({ a: [], t: [] });
  // One answer per question, even when a click and the timeout land on the same tick.
  const answered = useRef(-1);

  const answer = useCallback(
    (option: number) => {
      if (answered.current >= index) return;
      answered.current = index;
      const spent = Math.max(0, Math.min(limitMs, Math.round(clock.now() - startedAt)));
      answers.current.a.push(option);
      answers.current.t.push(option === -1 ? limitMs : spent);
      if (index + 1 >= total) {
        onDone({ a: [...answers.current.a], t: [...answers.current.t] });
        return;
      }
      const next = clock.now();
      setIndex(index + 1);
      setStartedAt(next);
      setNow(next);
    },
    [clock, index, limitMs, onDone, startedAt, total],
  );

  useEffect(() => {
    const timer = setInterval(() => setNow(clock.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [clock]);

  const leftMs = Math.max(0, limitMs - (now - startedAt));
  useEffect(() => {
    if (leftMs <= 0) answer(-1);
  }, [leftMs, answer]);

  const question = definition.questions[index];
  if (!question) return null;
  const leftSeconds = Math.ceil(leftMs / 1000);
  return (
    <Group
      header={
        <Header>
          Вопрос {index + 1} из {total}
        </Header>
      }
      data-testid="quiz-question"
      data-index={index}
    >
      <Div data-testid="quiz-timer" data-left-seconds={leftSeconds} aria-live="off">
        <Progress
          value={(leftMs / limitMs) * 100}
          appearance={leftSeconds <= 5 ? 'negative' : 'accent'}
          aria-label="Осталось времени"
        />
        <div style={{ marginTop: 6 }}>Осталось {leftSeconds} с</div>
      </Div>
      {question.photo && (
        <Div>
          <img
            src={question.photo}
            alt=""
            style={{ maxWidth: '100%', maxHeight: 320, borderRadius: 8, display: 'block', margin: '0 auto' }}
          />
        </Div>
      )}
      <Div style={{ fontSize: 18, fontWeight: 500 }} data-testid="quiz-question-text">
        {question.text}
      </Div>
      <Div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        {question.options.map((option, j) => (
          <Button
            key={`${index}-${j}`}
            size="l"
            mode="secondary"
            stretched
            onClick={() => answer(j)}
            data-testid={`quiz-option-${j}`}
          >
            {option}
          </Button>
        ))}
      </Div>
    </Group>
  );
}
