// The quiz as a subscriber sees it, read from the community's own comments under the post: the
// card and rules, the timed questions (the attempt stored from «Начать», resumed after a reload,
// never started afresh), the sealed answer posted as the viewer's comment (or handed over to paste
// by hand), and after the results the viewer's place and the top.
import { Icon56SearchOutline } from '@vkontakte/icons';
import { Button, Div, Group, Placeholder } from '@vkontakte/vkui';
import { useCallback, useMemo } from 'react';
import { useServices } from '../../shared/services';
import type { PostRef } from '../../core/quiz';
import {
  currentAttempt,
  findPublishedQuiz,
  myEntry,
  quizDeps,
  type MyQuizEntry,
  type PublishedQuiz,
  type QuizAttempt,
} from '../../data/quiz';
import { LoadView } from '../../shared/LoadView';
import { useLoad } from '../../shared/useLoad';
import { openWallPost } from '../../data/screen-actions';
import { renderQuizError } from './components/QuizErrorBlock';
import { answerSendsIn } from './participant/answerSends';
import { PublishedQuizView } from './participant/PublishedQuizView';

interface Props {
  groupId: number;
  id: string;
  postRef: PostRef | null;
  timeZone: string;
  /** Shown above (e.g. why the organiser's view did not open). */
  notice?: React.ReactNode;
}

interface Loaded {
  published: PublishedQuiz | null;
  entry: MyQuizEntry | null;
  attempt: QuizAttempt | null;
}

export function ParticipantQuiz({ groupId, id, postRef, timeZone, notice }: Props) {
  const services = useServices();
  const deps = useMemo(() => quizDeps(services, groupId), [services, groupId]);
  const sends = answerSendsIn(services.memory);
  const read = useCallback(async (): Promise<Loaded> => {
    const now = Math.floor(deps.clock.now() / 1000);
    const [published, entry, attempt] = await Promise.all([
      findPublishedQuiz(deps.api, { groupId, id, postRef }, { now }),
      myEntry(deps, id),
      currentAttempt(deps, id),
    ]);
    return { published, entry, attempt };
  }, [deps, groupId, id, postRef]);
  const load = useLoad(read);
  return (
    <LoadView
      load={load}
      loadingLabel="Ищем викторину"
      loadingTestId="quiz-loading"
      renderError={renderQuizError}
    >
      {({ published, entry, attempt }) => (
        <>
          {notice && (
            <Group>
              <Div>{notice}</Div>
            </Group>
          )}
          {published === null ? (
            <NotFound onRetry={load.reload} />
          ) : (
            <PublishedQuizView
              deps={deps}
              published={published}
              storedEntry={entry}
              storedAttempt={attempt}
              timeZone={timeZone}
              onOpenPost={() => void openWallPost(services.bridge, published.postRef)}
              sends={sends}
            />
          )}
        </>
      )}
    </LoadView>
  );
}

export function NotFound({ onRetry }: { onRetry: () => void }) {
  return (
    <Group>
      <Placeholder
        icon={<Icon56SearchOutline />}
        title="Викторина не найдена"
        action={
          <Button size="m" mode="secondary" onClick={onRetry}>
            Поискать снова
          </Button>
        }
        data-testid="quiz-not-found"
      >
        Под записями сообщества нет опубликованной викторины с таким номером. Возможно, ссылка неполная или с
        ошибкой, или викторину ещё не опубликовали — загляните позже.
      </Placeholder>
    </Group>
  );
}
