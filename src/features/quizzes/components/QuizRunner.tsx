// The timed quiz: one question at a time, a countdown per question read from the services' clock
// (tests drive it); on timeout the question counts as unanswered (-1) and the next one comes. A
// resumed attempt starts after the answers it already has.
import { Button, Div, Group, Header, Progress } from '@vkontakte/vkui';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { QuizAnswers, QuizDefinition } from '../../../core/quiz';
import type { Clock } from '../../../vk/clock';

/** How often the countdown is redrawn (and a timeout noticed). */
export const TICK_MS = 200;

interface Props {
  definition: QuizDefinition;
  clock: Clock;
  /** Told about every answer as it is given (the attempt is stored after each). */
  onAnswer?: (option: number, timeMs: number) => void;
  onDone: (answers: QuizAnswers) => void;
  /** The answers a resumed attempt already has: the quiz goes on from the next question. */
  initial?: QuizAnswers;
  /** Shown above the question (why a resumed attempt lost one). */
  notice?: ReactNode;
}

export function QuizRunner({ definition, clock, onAnswer, onDone, initial, notice }: Props) {
  const limitMs = definition.secondsPerQuestion * 1000;
  const total = definition.questions.length;
  const [index, setIndex] = useState(() => initial?.a.length ?? 0);
  const [startedAt, setStartedAt] = useState(() => clock.now());
  const [now, setNow] = useState(() => clock.now());
  const answers = useRef<QuizAnswers>({ a: [...(initial?.a ?? [])], t: [...(initial?.t ?? [])] });
  // One answer per question, even when a click and the timeout land on the same tick.
  const answered = useRef(index - 1);

  const answer = useCallback(
    (option: number) => {
      if (answered.current >= index) return;
      answered.current = index;
      const spent =
        option === -1 ? limitMs : Math.max(0, Math.min(limitMs, Math.round(clock.now() - startedAt)));
      answers.current.a.push(option);
      answers.current.t.push(spent);
      onAnswer?.(option, spent);
      if (index + 1 >= total) {
        onDone({ a: [...answers.current.a], t: [...answers.current.t] });
        return;
      }
      const next = clock.now();
      setIndex(index + 1);
      setStartedAt(next);
      setNow(next);
    },
    [clock, index, limitMs, onAnswer, onDone, startedAt, total],
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
        <Header multiline>
          Вопрос {index + 1} из {total}
        </Header>
      }
      data-testid="quiz-question"
      data-index={index}
    >
      {notice && <Div data-testid="quiz-resume-notice">{notice}</Div>}
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
