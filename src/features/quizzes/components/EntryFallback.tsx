// The sealed answer could not be posted by the app (the right to post was refused, or VK failed):
// the line to paste as a comment by hand, the post to paste it under, a re-check, and the app's own
// send once more.
import { Button, ButtonGroup, Div, FormItem, FormStatus, Group, Header, Textarea } from '@vkontakte/vkui';
import { useState } from 'react';
import { useServices } from '../../../shared/services';
import { quizProtocol } from '../../../core/quiz';
import { findMyEntryComment, type MyQuizEntry, type PublishedQuiz, type QuizDeps } from '../../../data/quiz';
import { quizErrorText } from '../error-text';
import { StatusMark } from '../../../shared/StatusMark';
import { copyText, openWallPost } from '../../../data/screen-actions';

const WHY: Record<'refused' | 'failed' | 'stored', string> = {
  refused: 'Вы не разрешили приложению опубликовать комментарий — это можно сделать самому.',
  failed: 'ВКонтакте не принял комментарий от приложения — его можно опубликовать самому.',
  stored: 'Ваш ответ сохранён, но комментарий с ним ещё не опубликован.',
};

export function EntryFallback({
  deps,
  published,
  line,
  reason,
  onPosted,
  onRetry,
}: {
  deps: QuizDeps;
  published: PublishedQuiz;
  line: string;
  reason: 'refused' | 'failed' | 'stored';
  onPosted: (entry: MyQuizEntry | null) => void;
  /**
   * «Отправить ещё раз» («Разрешить и отправить» after a refusal: VK asks again): the app posts the
   * stored entry itself (the same line).
   */
  onRetry?: () => void;
}) {
  const { bridge } = useServices();
  const [copied, setCopied] = useState<boolean | null>(null);
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<{ kind: 'missing' } | { kind: 'error'; error: unknown } | null>(null);

  const recheck = async () => {
    setChecking(true);
    setResult(null);
    try {
      const found = await findMyEntryComment(deps, published, line);
      if (found === null) setResult({ kind: 'missing' });
      else onPosted(found.entry);
    } catch (error) {
      setResult({ kind: 'error', error });
    } finally {
      setChecking(false);
    }
  };
  const errorText = result?.kind === 'error' ? quizErrorText(result.error) : null;

  return (
    <Group
      header={<Header multiline>Опубликуйте ответ комментарием</Header>}
      data-testid="quiz-fallback"
      data-reason={reason}
    >
      <Div>
        {WHY[reason]} Скопируйте строку ниже и вставьте её комментарием под записью с викториной до окончания
        приёма ответов. Строка зашифрована: никто не прочитает ваши ответы до итогов, а время комментария
        ВКонтакте засчитается как время ответа.
        {quizProtocol(published.definition) === 2 &&
          ' Публикуйте со своей страницы: строка привязана к вам, и в чужом комментарии она не засчитается.'}
      </Div>
      <FormItem top="Ваш зашифрованный ответ" topMultiline htmlFor="quiz-sealed-line">
        <Textarea id="quiz-sealed-line" value={line} readOnly rows={4} data-testid="quiz-sealed-line" />
      </FormItem>
      <Div>
        <ButtonGroup mode="vertical" gap="s" stretched>
          <Button
            size="l"
            stretched
            onClick={() => void copyText(bridge, line).then(setCopied)}
            data-testid="quiz-copy-line"
          >
            Скопировать
          </Button>
          <Button
            size="l"
            mode="secondary"
            stretched
            onClick={() => void openWallPost(bridge, published.postRef)}
            data-testid="quiz-open-post"
          >
            Открыть запись
          </Button>
          <Button
            size="l"
            mode="secondary"
            stretched
            loading={checking}
            disabled={checking}
            onClick={() => void recheck()}
            data-testid="quiz-recheck"
          >
            Я вставил(а) комментарий
          </Button>
          {onRetry && (
            <Button size="l" mode="secondary" stretched onClick={onRetry} data-testid="quiz-fallback-retry">
              {reason === 'refused' ? 'Разрешить и отправить' : 'Отправить ещё раз'}
            </Button>
          )}
        </ButtonGroup>
        {copied !== null && (
          <StatusMark tone={copied ? 'ok' : 'bad'}>
            {copied ? 'Строка скопирована' : 'Не удалось скопировать: выделите строку и скопируйте вручную'}
          </StatusMark>
        )}
      </Div>
      {result?.kind === 'missing' && (
        <FormStatus mode="error" title="Комментарий не найден" data-testid="quiz-recheck-missing">
          Под записью нет вашего комментария с этой строкой. Вставьте строку целиком, без изменений, и
          проверьте снова.
        </FormStatus>
      )}
      {errorText && (
        <FormStatus mode="error" title={errorText.title} data-testid="quiz-recheck-error">
          {errorText.action}
        </FormStatus>
      )}
    </Group>
  );
}
