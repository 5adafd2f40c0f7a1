// The participant's screens around the questions: the answers taken and being sent, sent or not, the entry
// already made, and the quiz not open yet or over.
import { Icon56CheckCircleOutline, Icon56QuestionOutline } from '@vkontakte/icons';
import { Button, Footnote, Group, Placeholder, Progress } from '@vkontakte/vkui';
import type { MyQuizEntry } from '../../../data/quiz';
import { countOf, formatDateTime } from '../../../shared/format';
import { quizErrorText } from '../error-text';
import type { PublicStatus } from '../text';
import type { SendProgress } from './answerSends';

/** After «из»: «из 1 вопроса», «из 5 вопросов». */
const QUESTIONS_GENITIVE = ['вопроса', 'вопросов', 'вопросов'] as const;

function OpenPostButton({ onOpenPost }: { onOpenPost: () => void }) {
  return (
    <Button size="m" mode="secondary" onClick={onOpenPost} data-testid="quiz-open-post">
      Открыть запись
    </Button>
  );
}

/** What the send is doing, as the subscriber would say it. */
const SEND_STEP_TEXT: Record<SendProgress['step'], string> = {
  save: 'шифруем и сохраняем ответ',
  post: 'публикуем комментарий под записью',
  mark: 'отмечаем, что ответ опубликован',
};

/** The bar stands halfway through the step under way: it moves from the first moment. */
function sendPercent({ done, total }: SendProgress): number {
  return Math.round(((done + 0.5) / total) * 100);
}

/** The last tap answered: the answers are taken at once, their sending goes on below. */
export function Sending({ progress }: { progress: SendProgress }) {
  const { step, done, total } = progress;
  return (
    <Group>
      <Placeholder
        icon={<Icon56CheckCircleOutline />}
        title="Ответы записаны"
        action={
          <div
            style={{ width: 'min(100%, 320px)', margin: '0 auto' }}
            data-testid="quiz-send-progress"
            aria-live="polite"
          >
            <Progress value={sendPercent(progress)} aria-label="Отправка ответа" />
            <Footnote style={{ marginTop: 8, color: 'var(--vkui--color_text_secondary)' }}>
              Шаг {done + 1} из {total}: {SEND_STEP_TEXT[step]}…
              {step === 'post' &&
                ' ВКонтакте может спросить разрешение публиковать от вашего имени — оно нужно только для этого комментария.'}
            </Footnote>
          </div>
        }
        data-testid="quiz-sending"
        data-step={step}
        data-done={done}
        data-total={total}
      >
        Время засчитано по вашим нажатиям. Отправляем ответ организатору — это несколько секунд, не закрывайте
        приложение.
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
            Отправить ещё раз
          </Button>
        }
        data-testid="quiz-send-error"
      >
        {action} Ваши ответы и их время не потеряны: они отправятся такими же.
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
        icon={<Icon56CheckCircleOutline />}
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
