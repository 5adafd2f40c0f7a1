import { Banner, Div, Group, Spinner } from '@vkontakte/vkui';
import { useCallback } from 'react';
import { rejectionText } from '../../../core/quiz';
import { myResult, type MyQuizEntry, type PublishedQuiz, type QuizDeps } from '../../../data/quiz';
import { useLoad } from '../../../shared/useLoad';
import { scoreText, timeText } from '../text';
import { QuizErrorBlock } from './QuizErrorBlock';

/** Why the viewer's entry did not count: the scorer's reason for their comment, when it has one. */
export function notCountedText(reason: string | null): string {
  return reason === null
    ? 'Ваш ответ не засчитан: комментарий не найден, отправлен вне времени викторины или был не первым.'
    : `Ваш ответ не засчитан: ${rejectionText(reason)}.`;
}

/** «5 из 6, время 42,3 с, место 3» — from the published top, or by re-scoring every entry. */
export function MyResult({
  deps,
  published,
  entry,
}: {
  deps: QuizDeps;
  published: PublishedQuiz;
  entry: MyQuizEntry;
}) {
  const read = useCallback(() => myResult(deps, published, entry), [deps, published, entry]);
  const { state, reload } = useLoad(read);
  if (state.status === 'loading')
    return (
      <Group>
        <Div>
          <Spinner size="m" aria-label="Считаем ваш результат" data-testid="quiz-my-result-loading" />
        </Div>
      </Group>
    );
  if (state.status === 'error')
    return (
      <Group>
        <QuizErrorBlock error={state.error} onRetry={reload} />
      </Group>
    );
  const result = state.value;
  if (!result) return null;
  const total = published.definition.questions.length;
  return (
    <Group>
      <Banner
        title={
          result.place === null
            ? `${scoreText(result.correct, total)}, время ${timeText(result.timeMs)}`
            : `${scoreText(result.correct, total)}, время ${timeText(result.timeMs)}, место ${result.place}`
        }
        subtitle={
          result.place === null
            ? notCountedText(result.reason ?? null)
            : 'Ваш результат по опубликованным итогам.'
        }
        data-testid="quiz-my-result"
        data-place={result.place ?? undefined}
        data-reason={result.reason ?? undefined}
      />
    </Group>
  );
}
