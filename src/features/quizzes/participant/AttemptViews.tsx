// The screens before the questions: the rules with «Начать», and a started attempt with the way on.
import { Button, Div, FormStatus, Group, Header } from '@vkontakte/vkui';
import type { ReactNode } from 'react';
import { lostQuestion, type QuizAttempt } from '../../../data/quiz';
import { quizErrorText } from '../error-text';
import { SEALED_EXPLAINED, lostQuestionText } from '../text';
import type { Opening } from './useQuizAttempt';

/** «Начать» / «Продолжить»: busy while the attempt is stored, with the failure above it. */
function OpeningButton({
  opening,
  onClick,
  testId,
  children,
}: {
  opening: Opening;
  onClick: () => void;
  testId: string;
  children: ReactNode;
}) {
  const error = opening.error === null ? null : quizErrorText(opening.error);
  return (
    <>
      {error && (
        <FormStatus mode="error" title={error.title} data-testid="quiz-open-error">
          {error.action}
        </FormStatus>
      )}
      <Div>
        <Button
          size="l"
          stretched
          loading={opening.busy}
          disabled={opening.busy}
          onClick={onClick}
          data-testid={testId}
        >
          {children}
        </Button>
      </Div>
    </>
  );
}

/** A started attempt without an entry: what the reload cost, and the way on (never a fresh start). */
export function Resume({
  attempt,
  questions,
  opening,
  onResume,
}: {
  attempt: QuizAttempt;
  questions: number;
  opening: Opening;
  onResume: () => void;
}) {
  const lost = lostQuestion(attempt, questions);
  const left = lost === null ? 0 : questions - lost - 1;
  return (
    <Group header={<Header multiline>Викторина уже начата</Header>} data-testid="quiz-resume">
      <Div data-testid="quiz-resume-text">
        {lost === null
          ? 'Вы ответили на все вопросы, но ответ ещё не отправлен.'
          : `${lostQuestionText(lost)} ${left > 0 ? `Осталось вопросов: ${left}; время на следующий пойдёт сразу после нажатия.` : 'Это был последний вопрос.'}`}{' '}
        Попытка одна: начать заново нельзя.
      </Div>
      <OpeningButton opening={opening} onClick={onResume} testId="quiz-resume-go">
        {left > 0 ? 'Продолжить' : 'Отправить ответы'}
      </OpeningButton>
    </Group>
  );
}

export function Rules({
  seconds,
  opening,
  onStart,
}: {
  seconds: number;
  opening: Opening;
  onStart: () => void;
}) {
  return (
    <Group header={<Header multiline>Правила</Header>} data-testid="quiz-rules">
      <Div>
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          <li>
            Одна попытка: начав, пройдите викторину до конца. Если закрыть приложение во время вопроса, он
            засчитается без ответа.
          </li>
          <li>
            На каждый вопрос — {seconds} с. Когда время выходит, вопрос считается без ответа и появляется
            следующий.
          </li>
          <li>Побеждает больше правильных ответов, при равенстве — меньше затраченного времени.</li>
          <li>{SEALED_EXPLAINED}</li>
        </ul>
      </Div>
      <OpeningButton opening={opening} onClick={onStart} testId="quiz-start">
        Начать
      </OpeningButton>
    </Group>
  );
}
