// The participant's screens around the questions: the answer being sent, sent or not, the entry
// already made, and the quiz not open yet or over.
import { Icon56QuestionOutline } from '@vkontakte/icons';
import { Button, Group, Placeholder, Spinner } from '@vkontakte/vkui';
import type { MyQuizEntry } from '../../../data/quiz';
import { countOf, formatDateTime } from '../../../shared/format';
import { quizErrorText } from '../error-text';
import { SEALED_EXPLAINED, type PublicStatus } from '../text';

/** After «из»: «из 1 вопроса», «из 5 вопросов». */
const QUESTIONS_GENITIVE = ['вопроса', 'вопросов', 'вопросов'] as const;

function OpenPostButton({ onOpenPost }: { onOpenPost: () => void }) {
  return (
    <Button size="m" mode="secondary" onClick={onOpenPost} data-testid="quiz-open-post">
      Открыть запись
    </Button>
  );
}

export function Sending() {
  return (
    <Group>
      <Placeholder icon={<Spinner size="l" />} title="Отправляем ответ…" data-testid="quiz-sending">
        {SEALED_EXPLAINED} ВКонтакте может спросить разрешение публиковать от вашего имени — оно нужно только
        для этого комментария.
      </Placeholder>
    </Group>
  );
}

export function SendError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { title, action } = quizErrorText(error);
  return (
    <Group>
      <Placeholder
        title={`Ответ не отправлен: ${title.toLowerCase()}`}
        action={
          <Button size="m" onClick={onRetry} data-testid="quiz-send-retry">
            Отправить снова
          </Button>
        }
        data-testid="quiz-send-error"
      >
        {action} Ваши ответы сохранены на этом экране.
      </Placeholder>
    </Group>
  );
}

export function Sent({
  closesAt,
  timeZone,
  onOpenPost,
}: {
  closesAt: number;
  timeZone: string;
  onOpenPost: () => void;
}) {
  return (
    <Group>
      <Placeholder
        icon={<Icon56QuestionOutline />}
        title="Ответ принят"
        action={<OpenPostButton onOpenPost={onOpenPost} />}
        data-testid="quiz-sent"
      >
        Ваш зашифрованный ответ опубликован комментарием под записью. Итоги подведут после{' '}
        {formatDateTime(closesAt, timeZone)}: тогда здесь появится ваше место.
      </Placeholder>
    </Group>
  );
}

export function Entered({
  entry,
  status,
  timeZone,
  onOpenPost,
}: {
  entry: MyQuizEntry;
  status: PublicStatus;
  timeZone: string;
  onOpenPost: () => void;
}) {
  const answered = entry.answers.a.filter((a) => a >= 0).length;
  return (
    <Group>
      <Placeholder
        title="Вы уже участвовали"
        action={<OpenPostButton onOpenPost={onOpenPost} />}
        data-testid="quiz-entered"
      >
        Ответ отправлен {formatDateTime(entry.enteredAt, timeZone)}: отвечено на {answered} из{' '}
        {countOf(entry.answers.a.length, QUESTIONS_GENITIVE)}.{' '}
        {entry.postedCommentId === null
          ? 'Комментарий с ответом не отмечен как опубликованный — приём ответов уже закрыт.'
          : status === 'closed'
            ? 'Итоги появятся, когда организатор их подведёт.'
            : 'Засчитывается только первая попытка; итоги — после окончания.'}
      </Placeholder>
    </Group>
  );
}

export function Soon({
  opensAt,
  closesAt,
  timeZone,
}: {
  opensAt: number;
  closesAt: number;
  timeZone: string;
}) {
  return (
    <Group>
      <Placeholder
        icon={<Icon56QuestionOutline />}
        title={`Откроется ${formatDateTime(opensAt, timeZone)}`}
        data-testid="quiz-opens"
      >
        Загляните сюда, когда викторина начнётся: ответить можно до {formatDateTime(closesAt, timeZone)}.
      </Placeholder>
    </Group>
  );
}

export function Closed({ started }: { started: boolean }) {
  return (
    <Group>
      <Placeholder title="Приём ответов закончен" data-testid="quiz-awaiting">
        {started
          ? 'Вы начали викторину, но ответ не был отправлен до окончания приёма, поэтому он не засчитан. '
          : ''}
        Итоги появятся в комментариях к записи, когда организатор их подведёт.
      </Placeholder>
    </Group>
  );
}
