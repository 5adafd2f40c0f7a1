import { quizErrorText } from '../error-text';
import { ErrorBlock } from '../../../shared/ErrorBlock';

/** What went wrong and what to do (quiz errors first, VK errors after), with a retry. */
export function QuizErrorBlock({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return <ErrorBlock text={quizErrorText(error)} onRetry={onRetry} testId="quiz-error" />;
}

export function renderQuizError(error: unknown, retry: () => void) {
  return <QuizErrorBlock error={error} onRetry={retry} />;
}
